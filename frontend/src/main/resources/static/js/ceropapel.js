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
