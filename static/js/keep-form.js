/* Nothing typed is lost: a form marked <form data-keep="group:id:version" data-keep-group="group">
   keeps what is typed in localStorage until the server confirms the save. The version part changes
   when the server saves (e.g. updated_at), so a stale draft is never restored over newer data; drafts
   of the same group with another key are dropped. Passwords and files are never stored.
   Optional markup inside the form: an element [data-keep-notice] (hidden) shown when a draft was
   restored, with a button [data-keep-discard]. Works without this script: it only adds safety. */
(function () {
  "use strict";
  var PREFIX = "hatthakam:form:";
  var store;
  try { store = window.localStorage; store.setItem(PREFIX + "test", "1"); store.removeItem(PREFIX + "test"); }
  catch (e) { return; }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrfmiddlewaretoken" && !el.disabled &&
        ["password", "file", "submit", "button", "hidden"].indexOf(el.type) < 0;
    });
  }

  function read(form) {
    var data = {};
    fields(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        data[el.name] = data[el.name] || [];
        if (el.checked) data[el.name].push(el.value);
      } else if (el.multiple) {
        data[el.name] = Array.prototype.filter.call(el.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; });
      } else {
        data[el.name] = el.value;
      }
    });
    return data;
  }

  function write(form, data) {
    var changed = false;
    fields(form).forEach(function (el) {
      if (!(el.name in data)) return;
      var value = data[el.name];
      if (el.type === "checkbox" || el.type === "radio") {
        var on = value.indexOf(el.value) >= 0;
        if (el.checked !== on) { el.checked = on; changed = true; }
      } else if (el.multiple) {
        Array.prototype.forEach.call(el.options, function (o) {
          var on = value.indexOf(o.value) >= 0;
          if (o.selected !== on) { o.selected = on; changed = true; }
        });
      } else if (el.value !== value) {
        el.value = value; changed = true;
      }
    });
    return changed;
  }

  function keep(form) {
    var key = PREFIX + form.getAttribute("data-keep");
    var group = PREFIX + (form.getAttribute("data-keep-group") || "") + ":";
    for (var i = store.length - 1; i >= 0; i--) {
      var other = store.key(i);
      if (other && other !== key && other.indexOf(group) === 0) store.removeItem(other);
    }
    var saved = store.getItem(key);
    if (saved) {
      try {
        if (write(form, JSON.parse(saved).data)) {
          var notice = form.querySelector("[data-keep-notice]");
          if (notice) notice.hidden = false;
        }
      } catch (e) { store.removeItem(key); }
    }
    var save = function () {
      try { store.setItem(key, JSON.stringify({ at: Date.now(), data: read(form) })); } catch (e) { /* full */ }
    };
    form.addEventListener("input", save);
    form.addEventListener("change", save);
    var discard = form.querySelector("[data-keep-discard]");
    if (discard) discard.addEventListener("click", function () {
      store.removeItem(key);
      window.location.reload();
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-keep]"), keep);
})();
