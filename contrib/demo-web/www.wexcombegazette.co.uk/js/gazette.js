/* Wexcombe Gazette: share buttons and cookie banner */
(function () {
  "use strict";
  document.querySelectorAll("[data-share]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var url = encodeURIComponent(location.href);
      window.open("https://www.facebook.com/sharer/sharer.php?u=" + url, "share", "width=600,height=400");
    });
  });
  if (!localStorage.getItem("wg-cookies")) {
    var b = document.getElementById("cookie-banner");
    if (b) { b.hidden = false; }
  }
})();
