/*
 * Space tools → Guildhall: saves the community settings through the REST API and shows field errors inline.
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

    document.addEventListener('DOMContentLoaded', function () {
        var page = document.querySelector('.guildhall-space-settings');
        if (!page) {
            return;
        }
        var form = page.querySelector('.guildhall-space-settings-form');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            send(page, 'PUT', {
                name: form.elements.name.value,
                description: form.elements.description.value,
                topics: topicList(form.elements.topics.value)
            })
                .then(function (response) {
                    if (response.ok) {
                        window.location.reload();
                        return undefined;
                    }
                    return failed(page, form, response);
                })
                .catch(function () {
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
