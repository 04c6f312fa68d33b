// Milbury Echo ad loader (stub for the offline demo)
window.echoAds = window.echoAds || { slots: [], push: function (s) { this.slots.push(s); } };
