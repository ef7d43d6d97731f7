// wagtail-localize writes the heading of its list of strings in English ("Suomi to Latviešu
// translation"); give it in the editor's language instead.
(() => {
  const template = document.currentScript.dataset.heading;
  document.addEventListener("DOMContentLoaded", () => {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    const props = JSON.parse(editor.dataset.props);
    if (!props.sourceLocale || !props.locale) return;
    const source = props.sourceLocale.displayName;
    const target = props.locale.displayName;
    const english = `${source} to ${target} translation`;
    const heading = template.replace("{source}", source).replace("{target}", target);
    const translateHeading = () => {
      for (const element of editor.querySelectorAll("h3")) {
        if (element.textContent === english) element.textContent = heading;
      }
    };
    new MutationObserver(translateHeading).observe(editor, { childList: true, subtree: true });
    translateHeading();
  });
})();
