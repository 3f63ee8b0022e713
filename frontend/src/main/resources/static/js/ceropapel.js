// Upload progress: every form marked data-progress shows the share of its upload sent so far.
document.addEventListener('htmx:xhr:progress', function (event) {
    var form = event.target.closest('form[data-progress]');
    if (!form || !event.detail.lengthComputable) {
        return;
    }
    var bar = form.querySelector('progress');
    if (bar) {
        bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
    }
});

// Drag and drop onto a drop zone puts the files into its file input.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-dropzone]').forEach(function (zone) {
        var input = zone.querySelector('input[type=file]');
        var name = zone.querySelector('[data-file-name]');
        function show() {
            if (name && input.files.length) {
                name.textContent = input.files[0].name;
            }
        }
        zone.addEventListener('dragover', function (event) {
            event.preventDefault();
            zone.classList.add('over');
        });
        zone.addEventListener('dragleave', function () {
            zone.classList.remove('over');
        });
        zone.addEventListener('drop', function (event) {
            event.preventDefault();
            zone.classList.remove('over');
            input.files = event.dataTransfer.files;
            show();
        });
        input.addEventListener('change', show);
    });
});

// Phones show tables as stacked cards: each cell is labelled with its column's header.
function labelTableCells(root) {
    root.querySelectorAll('table').forEach(function (table) {
        var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
            return th.textContent.trim();
        });
        table.querySelectorAll('tbody tr').forEach(function (row) {
            Array.prototype.forEach.call(row.children, function (cell, i) {
                if (headers[i] && !cell.hasAttribute('data-label')) {
                    cell.setAttribute('data-label', headers[i]);
                }
            });
        });
    });
}

// A form answered with errors moves focus to their list at its top (or, on a whole page, to its alert).
function focusErrors(withAlert) {
    var errors = document.querySelector('[data-error-summary]')
        || (withAlert ? document.querySelector('.alert[role=alert]') : null);
    if (errors) {
        errors.setAttribute('tabindex', '-1');
        errors.focus();
    }
}

// A secret typed in clear (an access key) can be hidden and shown again.
function secretToggles(root) {
    root.querySelectorAll('[data-toggle-secret]').forEach(function (button) {
        var input = document.getElementById(button.getAttribute('data-toggle-secret'));
        button.hidden = false;
        button.addEventListener('click', function () {
            var hide = input.type === 'text';
            input.type = hide ? 'password' : 'text';
            button.textContent = button.getAttribute(hide ? 'data-show' : 'data-hide');
        });
    });
}

document.addEventListener('DOMContentLoaded', function () {
    labelTableCells(document);
    secretToggles(document);
    focusErrors(true);
});

document.addEventListener('htmx:afterSwap', function () {
    labelTableCells(document);
    focusErrors(false);
});

// Firma Perú's local client: its script (loaded by the page when the entity uses Firma Perú) starts the
// client with the three values, and tells the page how it went through these three functions.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-firma-peru]');
    if (button && typeof window.startSignature === 'function') {
        window.startSignature('48596', button.dataset.firmaPeru);
    }
});
// the texts come from the page (its message bundle): data-init, data-ok and data-cancel
function firmaPeruSays(which) {
    var state = document.getElementById('firma-peru-estado');
    if (state) {
        state.textContent = state.dataset[which];
    }
}
window.signatureInit = function () {
    firmaPeruSays('init');
};
window.signatureOk = function () {
    firmaPeruSays('ok');
};
window.signatureCancel = function () {
    firmaPeruSays('cancel');
};
