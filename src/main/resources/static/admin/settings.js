/*
 * Administration → Guildhall settings: fills the form from GET /admin/settings, saves it with PUT (field errors next to
 * their fields, the result in a live region), and lists the audit trail from GET /admin/audit with "Show more".
 * Text from the server is inserted with textContent only.
 */
(function () {
    'use strict';

    var FEATURES = ['qa', 'expertise', 'activity', 'health'];
    var WEIGHTS = ['questionUpVote', 'questionDownVote', 'answerUpVote', 'answerDownVote', 'acceptedAnswer'];

    var G = window.Guildhall;

    function api(method, path, body) {
        var options = {method: method, headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return G.fetchJson(G.contextPath() + '/rest/guildhall/1.0/admin' + path, options);
    }

    function showStatus(page, type, text) {
        var status = page.querySelector('.guildhall-admin-status');
        status.textContent = '';
        var message = G.element('div', 'aui-message aui-message-' + type);
        message.appendChild(G.element('p', null, text));
        status.appendChild(message);
    }

    function fill(form, settings) {
        FEATURES.forEach(function (feature) {
            form.elements['features.' + feature].checked = settings.features[feature] !== false;
        });
        WEIGHTS.forEach(function (weight) {
            form.elements['reputationWeights.' + weight].value = settings.reputationWeights[weight];
        });
        form.elements['routing.weeklyCap'].value = settings.routing.weeklyCap;
        form.elements['routing.escalationHours'].value = settings.routing.escalationHours;
        var creators = settings.communityCreators || {who: 'space-admins'};
        Array.prototype.forEach.call(form.querySelectorAll('input[name="communityCreators.who"]'), function (radio) {
            radio.checked = radio.value === creators.who;
        });
        form.elements['communityCreators.group'].value = creators.group || '';
    }

    function number(form, name) {
        var value = form.elements[name].value.trim();
        return value === '' || isNaN(Number(value)) ? null : Number(value);
    }

    function read(form) {
        var features = {};
        FEATURES.forEach(function (feature) {
            features[feature] = form.elements['features.' + feature].checked;
        });
        var weights = {};
        WEIGHTS.forEach(function (weight) {
            weights[weight] = number(form, 'reputationWeights.' + weight);
        });
        var who = form.querySelector('input[name="communityCreators.who"]:checked');
        return {
            features: features,
            reputationWeights: weights,
            routing: {weeklyCap: number(form, 'routing.weeklyCap'), escalationHours: number(form, 'routing.escalationHours')},
            communityCreators: {who: who ? who.value : null, group: form.elements['communityCreators.group'].value.trim() || null}
        };
    }

    function text(value) {
        if (value === null || value === undefined) {
            return '—';
        }
        return typeof value === 'string' ? value : JSON.stringify(value);
    }

    function auditRow(entry) {
        var row = document.createElement('tr');
        var when = G.element('td');
        var time = G.element('time', null, new Date(entry.changedAt).toLocaleString());
        time.setAttribute('datetime', entry.changedAt);
        when.appendChild(time);
        row.appendChild(when);
        row.appendChild(G.element('td', null, entry.actor ? (entry.actor.displayName || entry.actor.userKey)
            : AJS.I18n.getText('guildhall.admin.audit.system')));
        row.appendChild(G.element('td', null, entry.setting));
        row.appendChild(G.element('td', 'guildhall-audit-value', text(entry.before)));
        row.appendChild(G.element('td', 'guildhall-audit-value', text(entry.after)));
        return row;
    }

    function loadAudit(page, cursor) {
        var more = page.querySelector('.guildhall-audit-more');
        var body = page.querySelector('.guildhall-audit-table tbody');
        var query = '?limit=20' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
        return api('GET', '/audit' + query).then(function (result) {
            if (!cursor) {
                body.textContent = '';
            }
            result.entries.forEach(function (entry) {
                body.appendChild(auditRow(entry));
            });
            page.querySelector('.guildhall-audit-empty').hidden = body.children.length > 0;
            more.hidden = !result.nextCursor;
            more.dataset.cursor = result.nextCursor || '';
        });
    }

    function start(page) {
        var form = page.querySelector('.guildhall-admin-form');
        var failed = function (problem) {
            showStatus(page, 'error', (problem && problem.message) || AJS.I18n.getText('guildhall.admin.settings.failed'));
        };
        api('GET', '/settings').then(function (settings) {
            fill(form, settings);
            form.hidden = false;
        }, failed);
        loadAudit(page).catch(failed);

        page.querySelector('.guildhall-audit-more').addEventListener('click', function (event) {
            loadAudit(page, event.currentTarget.dataset.cursor).catch(failed);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button[type="submit"]');
            G.setBusy(button, true);
            api('PUT', '/settings', read(form)).then(function (settings) {
                G.showFieldErrors(form, {});
                fill(form, settings);
                showStatus(page, 'success', AJS.I18n.getText('guildhall.admin.settings.saved'));
                return loadAudit(page);
            }, function (problem) {
                if (!G.showFieldErrors(form, problem && problem.errors)) {
                    failed(problem);
                } else {
                    showStatus(page, 'error', problem.message);
                }
            }).then(function () {
                G.setBusy(button, false);
            });
        });
    }

    function init() {
        var page = document.querySelector('.guildhall-admin-settings');
        if (page) {
            start(page);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
