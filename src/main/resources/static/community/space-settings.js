/*
 * Space tools → Guildhall: saves the community settings through the REST API and shows field errors inline. Choosing
 * Private first shows the privacy plan (what will change in the space permissions) with Confirm and Cancel; only a
 * confirmed plan is sent, with its token.
 */
(function () {
    'use strict';

    function contextPath() {
        return (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
    }

    function showMessage(page, type, text) {
        var messages = page.querySelector('.guildhall-space-settings-messages');
        messages.textContent = '';
        var message = document.createElement('div');
        message.className = 'aui-message aui-message-' + type;
        var paragraph = document.createElement('p');
        paragraph.textContent = text;
        message.appendChild(paragraph);
        messages.appendChild(message);
    }

    function clearErrors(form) {
        Array.prototype.forEach.call(form.querySelectorAll('.error[data-field]'), function (error) {
            error.textContent = '';
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
    }

    function showErrors(form, errors) {
        var first = null;
        Object.keys(errors || {}).forEach(function (field) {
            var error = form.querySelector('.error[data-field="' + field + '"]');
            var input = form.querySelector('[name="' + field + '"]');
            if (error) {
                error.textContent = errors[field];
            }
            if (input) {
                input.setAttribute('aria-invalid', 'true');
                first = first || input;
            }
        });
        if (first) {
            first.focus();
        }
    }

    /** "Espresso, cold brew," becomes ["Espresso", "cold brew"]; the server normalises and checks each topic. */
    function topicList(text) {
        return text.split(',').map(function (topic) {
            return topic.trim();
        }).filter(function (topic) {
            return topic !== '';
        });
    }

    function send(page, method, body) {
        var spaceKey = page.getAttribute('data-space-key');
        return fetch(contextPath() + '/rest/guildhall/1.0/communities/' + encodeURIComponent(spaceKey), {
            method: method,
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: body === undefined ? undefined : JSON.stringify(body)
        });
    }

    function failed(page, form, response) {
        return response.json().then(function (problem) {
            showMessage(page, 'error', problem.message || AJS.I18n.getText('guildhall.space-settings.failed'));
            showErrors(form, problem.errors);
        }, function () {
            showMessage(page, 'error', AJS.I18n.getText('guildhall.space-settings.failed'));
        });
    }

    var ACCESS = {
        'view': AJS.I18n.getText('guildhall.privacy-plan.access.view'),
        'comment': AJS.I18n.getText('guildhall.privacy-plan.access.comment'),
        'add-pages': AJS.I18n.getText('guildhall.privacy-plan.access.add-pages'),
        'administer': AJS.I18n.getText('guildhall.privacy-plan.access.administer')
    };

    function subjectText(grant) {
        if (grant.subject === 'anonymous') {
            return AJS.I18n.getText('guildhall.privacy-plan.anonymous');
        }
        if (grant.subject === 'group') {
            return AJS.I18n.getText('guildhall.privacy-plan.group', grant.displayName);
        }
        return AJS.I18n.getText('guildhall.privacy-plan.user', grant.displayName);
    }

    function appendList(container, heading, items) {
        if (!items.length) {
            return;
        }
        var paragraph = document.createElement('p');
        paragraph.textContent = heading;
        container.appendChild(paragraph);
        var list = document.createElement('ul');
        items.forEach(function (text) {
            var item = document.createElement('li');
            item.textContent = text;
            list.appendChild(item);
        });
        container.appendChild(list);
    }

    function renderPlan(panel, plan) {
        var changes = panel.querySelector('.guildhall-privacy-plan-changes');
        changes.textContent = '';
        if (plan.changesNothing) {
            var nothing = document.createElement('p');
            nothing.textContent = AJS.I18n.getText('guildhall.privacy-plan.nothing');
            changes.appendChild(nothing);
        }
        if (plan.createGroup) {
            var create = document.createElement('p');
            create.textContent = AJS.I18n.getText('guildhall.privacy-plan.create-group', plan.group);
            changes.appendChild(create);
        }
        appendList(changes, AJS.I18n.getText('guildhall.privacy-plan.add-members'),
            plan.membersToAdd.map(function (person) { return person.displayName; }));
        appendList(changes, AJS.I18n.getText('guildhall.privacy-plan.add-grants'),
            plan.grantsToAdd.map(function (grant) { return subjectText(grant) + ': ' + ACCESS[grant.access]; }));
        appendList(changes, AJS.I18n.getText('guildhall.privacy-plan.remove-grants'),
            plan.grantsToRemove.map(subjectText));
        appendList(changes, AJS.I18n.getText('guildhall.privacy-plan.kept-grants'),
            plan.grantsKept.map(subjectText));
        panel.setAttribute('data-token', plan.token);
        panel.setAttribute('data-member-access', plan.memberAccess);
        panel.hidden = false;
        panel.querySelector('h2').focus();
    }

    function loadPlan(page, form, panel) {
        var spaceKey = page.getAttribute('data-space-key');
        var access = form.elements.memberAccess ? form.elements.memberAccess.value : '';
        return fetch(contextPath() + '/rest/guildhall/1.0/communities/' + encodeURIComponent(spaceKey)
            + '/privacy-plan?memberAccess=' + encodeURIComponent(access), {
            credentials: 'same-origin',
            headers: {'Accept': 'application/json'}
        }).then(function (response) {
            if (!response.ok) {
                return failed(page, form, response);
            }
            return response.json().then(function (plan) {
                renderPlan(panel, plan);
            });
        });
    }

    function settingsOf(form) {
        var settings = {
            name: form.elements.name.value,
            description: form.elements.description.value,
            topics: topicList(form.elements.topics.value)
        };
        var chosen = form.querySelector('input[name="visibility"]:checked');
        if (chosen) {
            settings.visibility = chosen.value;
        }
        return settings;
    }

    function saved(page, form, response) {
        if (response.ok) {
            window.location.reload();
            return undefined;
        }
        return failed(page, form, response);
    }

    document.addEventListener('DOMContentLoaded', function () {
        var page = document.querySelector('.guildhall-space-settings');
        if (!page) {
            return;
        }
        var form = page.querySelector('.guildhall-space-settings-form');
        var panel = page.querySelector('.guildhall-privacy-plan');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            var settings = settingsOf(form);
            var work = settings.visibility === 'private' && page.getAttribute('data-visibility') !== 'private'
                ? loadPlan(page, form, panel)
                : send(page, 'PUT', settings).then(function (response) {
                    return saved(page, form, response);
                });
            work.catch(function () {
                showMessage(page, 'error', AJS.I18n.getText('guildhall.space-settings.failed'));
            });
        });
        panel.querySelector('.guildhall-privacy-plan-cancel').addEventListener('click', function () {
            panel.hidden = true;
            form.querySelector('button[type="submit"]').focus();
        });
        panel.querySelector('.guildhall-privacy-plan-confirm').addEventListener('click', function () {
            var settings = settingsOf(form);
            settings.confirmPlan = panel.getAttribute('data-token');
            settings.memberAccess = panel.getAttribute('data-member-access');
            send(page, 'PUT', settings).then(function (response) {
                if (response.status === 409) {
                    return response.json().then(function (problem) {
                        showMessage(page, 'warning', AJS.I18n.getText('guildhall.privacy-plan.changed'));
                        renderPlan(panel, problem.plan);
                    });
                }
                return saved(page, form, response);
            }).catch(function () {
                showMessage(page, 'error', AJS.I18n.getText('guildhall.space-settings.failed'));
            });
        });
        var disable = page.querySelector('.guildhall-community-disable');
        if (disable) {
            disable.addEventListener('click', function () {
                send(page, 'DELETE').then(function (response) {
                    if (response.ok) {
                        window.location.reload();
                        return undefined;
                    }
                    return failed(page, form, response);
                });
            });
        }
    });
}());
