// Replaces the privacy notice of an external video with the provider's player, only when the
// visitor asks for it. Without JavaScript the notice's link still leads to the video.
document.querySelectorAll("[data-video-embed]").forEach((embed) => {
  const play = embed.querySelector("[data-video-embed-play]");
  play.hidden = false;
  play.addEventListener("click", () => {
    const player = document.createElement("iframe");
    player.src = embed.dataset.playerUrl;
    player.title = embed.dataset.playerTitle;
    player.allow = "autoplay; fullscreen; picture-in-picture";
    player.allowFullscreen = true;
    player.referrerPolicy = "strict-origin-when-cross-origin";
    player.className = "video-embed__frame";
    embed.replaceChildren(player);
    player.focus();
  });
});
