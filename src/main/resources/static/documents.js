// Documents pages: upload with a progress bar and the server's error shown in place;
// in the reading view, clicking a highlighted mention selects its facts.
(function () {
  'use strict';

  function showError(form, message) {
    const slot = document.getElementById('upload-error-slot');
    const box = document.createElement('div');
    box.id = 'upload-error';
    box.className = 'error';
    box.setAttribute('role', 'alert');
    const title = document.createElement('strong');
    title.textContent = form.dataset.errorTitle;
    const text = document.createElement('p');
    text.textContent = message;
    box.append(title, text);
    slot.replaceChildren(box);
  }

  function upload(form) {
    const file = form.querySelector('#upload-file').files[0];
    const limit = Number(form.dataset.limit);
    if (file && limit && file.size > limit) {
      showError(form, form.dataset.tooLarge);
      return;
    }
    const progress = document.getElementById('upload-progress');
    const percent = document.getElementById('upload-percent');
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    progress.value = 0;
    const request = new XMLHttpRequest();
    request.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        progress.value = Math.round(100 * e.loaded / e.total);
        percent.textContent = progress.value + ' %';
      }
    });
    request.addEventListener('load', () => {
      button.disabled = false;
      const url = new URL(request.responseURL || form.action, window.location.href);
      if (request.status < 400 && /\/documents\/\d+/.test(url.pathname)) {
        progress.value = 100;
        window.location.assign(url.href);
        return;
      }
      if (request.status === 413) {
        showError(form, form.dataset.tooLarge);
        progress.value = 0;
        return;
      }
      const page = new DOMParser().parseFromString(request.responseText, 'text/html');
      const error = page.getElementById('upload-error');
      if (error) {
        document.getElementById('upload-error-slot').replaceChildren(document.importNode(error, true));
      } else {
        showError(form, form.dataset.network);
      }
      progress.value = 0;
      percent.textContent = '';
    });
    request.addEventListener('error', () => {
      button.disabled = false;
      showError(form, form.dataset.network);
    });
    request.open('POST', form.action);
    request.send(new FormData(form));
  }

  function selectFacts(ids) {
    document.querySelectorAll('.facts li.selected').forEach((li) => li.classList.remove('selected'));
    let first = null;
    ids.forEach((id) => {
      const li = document.getElementById('fact-' + id);
      if (li) {
        li.classList.add('selected');
        first = first || li;
      }
    });
    return first;
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('upload-form');
    if (form) {
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        upload(form);
      });
    }
    const text = document.getElementById('doc-text');
    if (text) {
      text.addEventListener('click', (e) => {
        const mark = e.target.closest('a.m[data-facts]');
        if (mark) {
          selectFacts(mark.dataset.facts.split(' '));
        }
      });
    }
  });
})();
