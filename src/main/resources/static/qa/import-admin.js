/*
 * Administration → Stack Exchange import: sends the chosen zip as the request body (application/zip) to the import
 * endpoint, then polls the run every second and shows its state and rows per file in a live region; the recent runs
 * table is refreshed when a run ends. Calls and field errors go through GuildhallQa (qa-rest.js). Text from the server
 * is inserted with textContent only.
 */
(function () {
    'use strict';

    var POLL_MILLIS = 1000;

    var qa = window.GuildhallQa;

    function api(method, path, body, contentType) {
        return qa.request(method, '/import' + path, body, contentType);
    }

    function stateLabel(state) {
        switch (state) {
            case 'queued':
                return AJS.I18n.getText('guildhall.import.admin.state.queued');
            case 'running':
                return AJS.I18n.getText('guildhall.import.admin.state.running');
            case 'succeeded':
                return AJS.I18n.getText('guildhall.import.admin.state.succeeded');
            case 'failed':
                return AJS.I18n.getText('guildhall.import.admin.state.failed');
            default:
                return state;
        }
    }

    function finished(run) {
        return run.state === 'succeeded' || run.state === 'failed';
    }

    function cell(row, text, header) {
        var node = document.createElement(header ? 'th' : 'td');
        if (header) {
            node.setAttribute('scope', 'row');
        }
        node.textContent = text === null || text === undefined ? '' : String(text);
        row.appendChild(node);
    }

    function showStatus(page, type, text) {
        var status = page.querySelector('.guildhall-import-status');
        status.textContent = '';
        var message = document.createElement('div');
        message.className = 'aui-message aui-message-' + type;
        var paragraph = document.createElement('p');
        paragraph.textContent = text;
        message.appendChild(paragraph);
        status.appendChild(message);
    }

    function showRun(page, run) {
        var text = AJS.I18n.getText('guildhall.import.admin.run-status', run.id, run.site, stateLabel(run.state));
        if (run.state === 'failed' && run.errorMessage) {
            text += ' ' + run.errorMessage;
        }
        showStatus(page, run.state === 'failed' ? 'error' : (run.state === 'succeeded' ? 'success' : 'info'), text);
        var table = page.querySelector('.guildhall-import-files');
        var body = table.querySelector('tbody');
        body.textContent = '';
        var files = run.progress && run.progress.files ? run.progress.files : {};
        Object.keys(files).forEach(function (file) {
            var row = document.createElement('tr');
            cell(row, file, true);
            cell(row, files[file].read);
            cell(row, files[file].written);
            body.appendChild(row);
        });
        table.hidden = Object.keys(files).length === 0;
    }

    function loadRecent(page) {
        return api('GET', '/runs').then(function (runs) {
            var table = page.querySelector('.guildhall-import-runs');
            var body = table.querySelector('tbody');
            body.textContent = '';
            (runs || []).forEach(function (run) {
                var row = document.createElement('tr');
                cell(row, run.id, true);
                cell(row, run.site);
                cell(row, stateLabel(run.state));
                cell(row, run.createdAt);
                cell(row, run.finishedAt);
                body.appendChild(row);
            });
            table.hidden = !runs || runs.length === 0;
            page.querySelector('.guildhall-import-recent-empty').hidden = !table.hidden;
        }, function () {
            page.querySelector('.guildhall-import-recent-empty').hidden = false;
        });
    }

    function follow(page, id, form) {
        api('GET', '/runs/' + encodeURIComponent(id)).then(function (run) {
            showRun(page, run);
            if (finished(run)) {
                form.querySelector('button[type=submit]').disabled = false;
                loadRecent(page);
            } else {
                setTimeout(function () {
                    follow(page, id, form);
                }, POLL_MILLIS);
            }
        }, function (failure) {
            showStatus(page, 'error', failure.message);
            form.querySelector('button[type=submit]').disabled = false;
        });
    }

    function start(page, form) {
        qa.clearErrors(form);
        var community = form.querySelector('[name=community]').value;
        var file = form.querySelector('[name=body]').files[0];
        var site = form.querySelector('[name=site]').value.trim();
        var errors = {};
        if (!community) {
            errors.community = AJS.I18n.getText('guildhall.import.error.community.required');
        }
        if (!file) {
            errors.body = AJS.I18n.getText('guildhall.import.admin.file.required');
        }
        if (Object.keys(errors).length > 0) {
            qa.showFailure(form, null, {body: {errors: errors}});
            return;
        }
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        showStatus(page, 'info', AJS.I18n.getText('guildhall.import.admin.uploading', file.name));
        var query = '?community=' + encodeURIComponent(community) + (site ? '&site=' + encodeURIComponent(site) : '');
        api('POST', '/stackexchange' + query, file, 'application/zip').then(function (run) {
            showRun(page, run);
            loadRecent(page);
            follow(page, run.id, form);
        }, function (failure) {
            button.disabled = false;
            qa.showFailure(form, page.querySelector('.guildhall-import-status'), failure);
        });
    }

    function init() {
        var page = document.querySelector('.guildhall-import-admin');
        if (!page) {
            return;
        }
        var form = page.querySelector('.guildhall-import-form');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                start(page, form);
            });
        }
        loadRecent(page);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
