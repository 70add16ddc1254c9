// Small behaviours of the pages; no inline scripts, so that the Content-Security-Policy can forbid them.
document.addEventListener('change', function (event) {
  var el = event.target;
  if (el.matches && el.matches('select[data-autosubmit]') && el.form) {
    el.form.submit();
  }
});
