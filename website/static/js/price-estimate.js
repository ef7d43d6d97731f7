// Keeps the order form's price estimate in step with the chosen format and duration.
// Without this script the server shows the estimate after the form is sent.
(() => {
  const box = document.querySelector("[data-price-estimate]");
  const data = document.getElementById("listed-prices");
  if (!box || !data) return;
  const prices = JSON.parse(data.textContent);
  const form = box.closest("form");

  const show = (state, price) => {
    for (const message of box.querySelectorAll("[data-state]")) {
      message.hidden = message.dataset.state !== state;
    }
    box.querySelector("[data-price]").textContent = price || "";
  };

  const update = () => {
    const format = form.querySelector('input[name="format"]:checked')?.value;
    const duration = Number.parseInt(form.elements.duration_minutes?.value, 10);
    if (!format || !duration) return show("ask");
    const listed = prices.find((row) => row.format === format && row.duration_minutes === duration);
    return listed ? show("found", listed.price) : show("missing");
  };

  form.addEventListener("change", update);
  form.addEventListener("input", update);
})();
