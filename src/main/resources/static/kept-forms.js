// Keeps what is typed into forms marked data-keep="key" (the exchange's, the document upload's) in this tab's
// sessionStorage, so that a session that expires mid-form loses nothing: after signing in
// again the user is sent back to the form and the fields are filled in again. A page shown
// after a successful save names the key to forget (data-clear-kept). Passwords, hidden
// fields (CSRF token, version) and buttons are never stored.
(function () {
  'use strict';
  var PREFIX = 'corridor.form.';
  function storable(el) {
    return el.name && !/^(password|hidden|submit|button|file)$/.test(el.type);
  }
  document.querySelectorAll('[data-clear-kept]').forEach(function (el) {
    sessionStorage.removeItem(PREFIX + el.getAttribute('data-clear-kept'));
  });
  document.querySelectorAll('form[data-keep]').forEach(function (form) {
    var key = PREFIX + form.getAttribute('data-keep');
    var saved = sessionStorage.getItem(key);
    if (saved && form.getAttribute('data-restore') !== 'false') {
      var values = JSON.parse(saved);
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!storable(el) || !(el.name in values)) return;
        var value = values[el.name];
        if (el.type === 'checkbox' || el.type === 'radio') {
          el.checked = Array.isArray(value) ? value.indexOf(el.value) >= 0 : value === el.value;
        } else if (el.tagName === 'SELECT' && el.multiple) {
          Array.prototype.forEach.call(el.options, function (o) { o.selected = value.indexOf(o.value) >= 0; });
        } else {
          el.value = value;
        }
      });
      var details = form.closest('details');
      if (details) details.open = true;
    }
    function save() {
      var values = {};
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!storable(el)) return;
        if (el.type === 'checkbox') {
          values[el.name] = values[el.name] || [];
          if (el.checked) values[el.name].push(el.value);
        } else if (el.type === 'radio') {
          if (el.checked) values[el.name] = el.value;
        } else {
          values[el.name] = el.value;
        }
      });
      sessionStorage.setItem(key, JSON.stringify(values));
    }
    form.addEventListener('input', save);
    form.addEventListener('change', save);
  });
})();
