/*
 * The weekly spotlight's recipients on a community's health page: saves the form with
 * PUT /rest/guildhall/1.0/communities/{spaceKey}/spotlight (usernames and groups, comma-separated), shows field errors
 * next to their fields and the result in a live region. Text from the server is inserted with textContent only.
 */
(function () {
    'use strict';

    var G = window.Guildhall;

    function names(value) {
        return value.split(',').map(function (name) {
            return name.trim();
        }).filter(function (name) {
            return name !== '';
        });
    }

    function showStatus(form, type, text) {
        var status = form.querySelector('.guildhall-spotlight-status');
        status.textContent = '';
        var message = G.element('div', 'aui-message aui-message-' + type);
        message.appendChild(G.element('p', null, text));
        status.appendChild(message);
    }

    function save(form) {
        var button = form.querySelector('button[type="submit"]');
        G.setBusy(button, true);
        G.clearFieldErrors(form);
        var body = {usernames: names(form.elements.usernames.value), groups: names(form.elements.groups.value)};
        G.fetchJson(G.contextPath() + '/rest/guildhall/1.0/communities/' + encodeURIComponent(form.dataset.spaceKey)
            + '/spotlight', {
            method: 'PUT',
            headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (saved) {
            form.elements.usernames.value = saved.people.map(function (person) {
                return person.username;
            }).join(', ');
            form.elements.groups.value = saved.groups.join(', ');
            showStatus(form, 'success', AJS.I18n.getText('guildhall.spotlight.saved'));
        }, function (problem) {
            var shown = G.showFieldErrors(form, problem && problem.errors);
            showStatus(form, 'error', shown ? AJS.I18n.getText('guildhall.spotlight.not-saved')
                : (problem && problem.message) || AJS.I18n.getText('guildhall.spotlight.not-saved'));
        }).then(function () {
            G.setBusy(button, false);
        });
    }

    function start() {
        var form = document.getElementById('guildhall-spotlight-form');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                save(form);
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
