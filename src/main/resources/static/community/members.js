/*
 * guildhall-community-members: search, role filter and "Show more" through GET …/members; every pending request
 * ("Show more requests" through GET …/requests) with Approve / Deny; invitations with a person picker (a combobox
 * over GET /rest/guildhall/1.0/people, keyboard: arrows, Enter, Escape) and POST …/invitations; change roles, Remove
 * and Ban members through the membership REST API. Remove and Ban ask for confirmation in the
 * row first. Outcomes go to an aria-live status line, failures next to the row. Text is inserted with textContent
 * only, never as HTML.
 */
(function () {
    'use strict';

    var ROLES = ['owner', 'moderator', 'member'];
    var contextPath = Guildhall.contextPath;
    var element = Guildhall.element;

    /** Literal keys, so that the jsI18n transformer can translate each of them. */
    function roleName(role) {
        switch (role) {
            case 'owner':
                return AJS.I18n.getText('guildhall.members.role.owner');
            case 'moderator':
                return AJS.I18n.getText('guildhall.members.role.moderator');
            default:
                return AJS.I18n.getText('guildhall.members.role.member');
        }
    }

    /** A button whose accessible name adds the person's name to the visible label. */
    function actionButton(action, label, name, primary) {
        var button = element('button', 'aui-button guildhall-members-action' + (primary ? ' aui-button-primary' : ''), label);
        button.type = 'button';
        button.setAttribute('data-action', action);
        button.appendChild(element('span', 'assistive', ' ' + name));
        return button;
    }

    function api(widget, method, path, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        var url = contextPath() + '/rest/guildhall/1.0/communities/'
            + encodeURIComponent(widget.getAttribute('data-space-key')) + path;
        return fetch(url, options).then(function (response) {
            return response.json().catch(function () {
                return null;
            }).then(function (json) {
                if (!response.ok) {
                    throw new Error(json && json.message ? json.message : 'HTTP ' + response.status);
                }
                return json;
            });
        });
    }

    function displayName(member) {
        return member.displayName || AJS.I18n.getText('guildhall.members.unknown-person');
    }

    /** A member row like the one the template renders. */
    function memberRow(widget, member) {
        var name = displayName(member);
        var row = element('li', 'guildhall-members-row guildhall-members-member');
        row.setAttribute('data-user-key', member.userKey);
        row.setAttribute('data-name', name);
        row.setAttribute('data-role', member.role);
        row.appendChild(element('span', 'guildhall-members-name', name));
        row.appendChild(element('span', 'aui-lozenge aui-lozenge-subtle guildhall-members-role', roleName(member.role)));
        var canAdminister = widget.getAttribute('data-can-administer') === 'true';
        var canModerate = widget.getAttribute('data-can-moderate') === 'true';
        if (canAdminister || canModerate) {
            var actions = element('span', 'guildhall-members-actions');
            if (canAdminister) {
                var select = element('select', 'select');
                select.name = 'role';
                select.setAttribute('aria-label', AJS.I18n.getText('guildhall.members.role-of', name));
                ROLES.forEach(function (role) {
                    var option = element('option', null, roleName(role));
                    option.value = role;
                    option.selected = role === member.role;
                    select.appendChild(option);
                });
                actions.appendChild(select);
                actions.appendChild(actionButton('role', AJS.I18n.getText('guildhall.members.change-role'), name, false));
            }
            if (canModerate) {
                actions.appendChild(actionButton('remove', AJS.I18n.getText('guildhall.members.remove'), name, false));
                actions.appendChild(actionButton('ban', AJS.I18n.getText('guildhall.members.ban'), name, false));
            }
            row.appendChild(actions);
        }
        var error = element('span', 'guildhall-members-row-error error');
        error.setAttribute('role', 'alert');
        row.appendChild(error);
        return row;
    }

    /** A request row like the one the template renders (without Approve / Deny while Confluence is read-only). */
    function requestRow(request, readOnly) {
        var name = displayName(request);
        var row = element('li', 'guildhall-members-row guildhall-members-request');
        row.setAttribute('data-user-key', request.userKey);
        row.setAttribute('data-name', name);
        row.appendChild(element('span', 'guildhall-members-name', name));
        if (request.message) {
            row.appendChild(element('q', 'guildhall-members-request-message', request.message));
        }
        if (readOnly) {
            return row;
        }
        var actions = element('span', 'guildhall-members-actions');
        var message = element('input', 'text');
        message.type = 'text';
        message.name = 'decisionMessage';
        message.maxLength = 2000;
        message.setAttribute('aria-label', AJS.I18n.getText('guildhall.members.decision-message', name));
        message.placeholder = AJS.I18n.getText('guildhall.members.decision-message.placeholder');
        actions.appendChild(message);
        actions.appendChild(actionButton('approve', AJS.I18n.getText('guildhall.members.approve'), name, true));
        actions.appendChild(actionButton('deny', AJS.I18n.getText('guildhall.members.deny'), name, false));
        row.appendChild(actions);
        var error = element('span', 'guildhall-members-row-error error');
        error.setAttribute('role', 'alert');
        row.appendChild(error);
        return row;
    }

    /** Appends the next page of pending requests. */
    function loadMoreRequests(widget) {
        return loadInto(widget, {
            append: true,
            path: '/requests?limit=' + encodeURIComponent(widget.getAttribute('data-page-size')),
            cursorAttribute: 'data-requests-next-cursor',
            list: widget.querySelector('.guildhall-members-requests'),
            more: widget.querySelector('.guildhall-members-requests-more'),
            none: widget.querySelector('.guildhall-members-no-requests'),
            loading: AJS.I18n.getText('guildhall.members.requests.loading'),
            row: function (request) {
                return requestRow(request, widget.getAttribute('data-read-only') === 'true');
            },
            shown: function () {
                return '';
            }
        });
    }

    function escapeHtml(text) {
        return String(text).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;'}[c];
        });
    }

    /** An AUI flag when AUI offers flags; its body is HTML, so the text is escaped. */
    function flag(type, text) {
        if (window.AJS && typeof AJS.flag === 'function') {
            AJS.flag({type: type, body: escapeHtml(text), close: 'auto'});
        }
    }

    function inviteeInput(form) {
        return form.querySelector('.guildhall-members-invitee');
    }

    function inviteeOptions(form) {
        return form.querySelector('.guildhall-members-invitee-options');
    }

    function closeOptions(form) {
        var input = inviteeInput(form);
        inviteeOptions(form).hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
    }

    function showOptions(form, people) {
        var input = inviteeInput(form);
        var list = inviteeOptions(form);
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        if (people.length === 0) {
            var none = element('li', 'guildhall-members-invitee-none', AJS.I18n.getText('guildhall.members.invite.no-matches'));
            none.setAttribute('role', 'option');
            none.setAttribute('aria-disabled', 'true');
            list.appendChild(none);
        }
        people.forEach(function (person, index) {
            var option = element('li', 'guildhall-members-invitee-option',
                (person.displayName || person.username) + ' (' + person.username + ')');
            option.id = list.id + '-' + index;
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.setAttribute('data-user-key', person.userKey);
            option.setAttribute('data-name', person.displayName || person.username);
            list.appendChild(option);
        });
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        input.removeAttribute('aria-activedescendant');
    }

    function highlight(form, option) {
        inviteeOptions(form).querySelectorAll('[role=option]').forEach(function (each) {
            each.setAttribute('aria-selected', each === option ? 'true' : 'false');
        });
        inviteeInput(form).setAttribute('aria-activedescendant', option.id);
    }

    function choose(form, option) {
        inviteeInput(form).value = option.getAttribute('data-name');
        form.guildhallInvitee = {userKey: option.getAttribute('data-user-key'), name: option.getAttribute('data-name')};
        closeOptions(form);
    }

    function findPeople(form) {
        var query = inviteeInput(form).value.trim();
        if (!query) {
            closeOptions(form);
            return;
        }
        fetch(contextPath() + '/rest/guildhall/1.0/people?limit=8&query=' + encodeURIComponent(query),
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.ok ? response.json() : {results: []};
            })
            .then(function (page) {
                if (inviteeInput(form).value.trim() === query) {
                    showOptions(form, page.results);
                }
            })
            .catch(function () {
                closeOptions(form);
            });
    }

    function pickerKeys(event) {
        var form = event.target.closest('.guildhall-members-invite');
        var list = inviteeOptions(form);
        var options = Array.prototype.slice.call(list.querySelectorAll('.guildhall-members-invitee-option'));
        var current = list.querySelector('[aria-selected=true]');
        var index = options.indexOf(current);
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            if (list.hidden || options.length === 0) {
                return;
            }
            event.preventDefault();
            var next = event.key === 'ArrowDown' ? Math.min(index + 1, options.length - 1) : Math.max(index - 1, 0);
            highlight(form, options[next]);
        } else if (event.key === 'Enter' && !list.hidden && current) {
            event.preventDefault();
            choose(form, current);
        } else if (event.key === 'Escape' && !list.hidden) {
            event.preventDefault();
            closeOptions(form);
        }
    }

    function invite(form) {
        var widget = form.closest('.guildhall-members');
        var error = form.querySelector('.guildhall-members-invite-error');
        var invitee = form.guildhallInvitee;
        error.textContent = '';
        if (!invitee) {
            error.textContent = AJS.I18n.getText('guildhall.members.invite.choose');
            inviteeInput(form).focus();
            return;
        }
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        api(widget, 'POST', '/invitations', {userKey: invitee.userKey}).then(function () {
            button.disabled = false;
            var text = AJS.I18n.getText('guildhall.members.invite.sent', invitee.name);
            announce(widget, text);
            flag('success', text);
            form.guildhallInvitee = null;
            inviteeInput(form).value = '';
            inviteeInput(form).focus();
        }).catch(function (failure) {
            button.disabled = false;
            var text = AJS.I18n.getText('guildhall.members.invite.failed', invitee.name) + ' ' + failure.message;
            error.textContent = text;
            flag('error', text);
        });
    }

    function announce(widget, text) {
        widget.querySelector('.guildhall-members-status').textContent = text;
    }

    function filterQuery(widget) {
        var form = widget.querySelector('.guildhall-members-filter');
        var query = form.querySelector('[name=query]').value.trim();
        var role = form.querySelector('[name=role]').value;
        return '&query=' + encodeURIComponent(query) + (role ? '&role=' + encodeURIComponent(role) : '');
    }

    /**
     * Loads a page of one of the widget's lists (GET settings.path, plus the cursor kept in settings.cursorAttribute
     * when appending): replaces its rows or appends them, keeps its "Show more" button and empty note in step, and
     * moves the focus to the first new row of an appended page.
     */
    function loadInto(widget, settings) {
        var error = widget.querySelector('.guildhall-members-error');
        var cursor = settings.append ? widget.getAttribute(settings.cursorAttribute) : '';
        error.textContent = '';
        settings.more.disabled = true;
        announce(widget, settings.loading);
        return api(widget, 'GET', settings.path + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''))
            .then(function (page) {
                if (!settings.append) {
                    while (settings.list.firstChild) {
                        settings.list.removeChild(settings.list.firstChild);
                    }
                }
                var firstNew = null;
                page.results.forEach(function (item) {
                    var row = settings.row(item);
                    firstNew = firstNew || row;
                    settings.list.appendChild(row);
                });
                widget.setAttribute(settings.cursorAttribute, page.nextCursor || '');
                settings.more.hidden = !page.nextCursor;
                settings.more.disabled = false;
                settings.none.hidden = settings.list.children.length > 0;
                announce(widget, settings.shown(settings.list.children.length));
                if (settings.append && firstNew) {
                    firstNew.setAttribute('tabindex', '-1');
                    firstNew.focus();
                }
            })
            .catch(function (failure) {
                settings.more.disabled = false;
                announce(widget, '');
                error.textContent = AJS.I18n.getText('guildhall.members.load-failed') + ' ' + failure.message;
            });
    }

    /** Loads a page of members; replaces the list for a new search, appends for "Show more". */
    function load(widget, append) {
        return loadInto(widget, {
            append: append,
            path: '/members?limit=' + encodeURIComponent(widget.getAttribute('data-page-size')) + filterQuery(widget),
            cursorAttribute: 'data-next-cursor',
            list: widget.querySelector('.guildhall-members-list'),
            more: widget.querySelector('.guildhall-members-more'),
            none: widget.querySelector('.guildhall-members-none'),
            loading: AJS.I18n.getText('guildhall.members.loading'),
            row: function (member) {
                return memberRow(widget, member);
            },
            shown: function (count) {
                return AJS.I18n.getText('guildhall.members.shown', count);
            }
        });
    }

    function rowName(row) {
        return row.getAttribute('data-name') || '';
    }

    /** Runs one action of a row; on failure shows the API's message next to it and gives the buttons back. */
    function perform(widget, row, request, success) {
        var buttons = row.querySelectorAll('button');
        var error = row.querySelector('.guildhall-members-row-error');
        error.textContent = '';
        buttons.forEach(function (button) {
            button.disabled = true;
        });
        request.then(success).catch(function (failure) {
            buttons.forEach(function (button) {
                button.disabled = false;
            });
            error.textContent = AJS.I18n.getText('guildhall.members.failed') + ' ' + failure.message;
        });
    }

    function decide(widget, row, decision) {
        var message = row.querySelector('[name=decisionMessage]');
        perform(widget, row, api(widget, 'POST', '/requests/' + encodeURIComponent(row.getAttribute('data-user-key')),
            {decision: decision, message: message && message.value ? message.value : null}), function () {
            var list = row.parentNode;
            list.removeChild(row);
            widget.querySelector('.guildhall-members-no-requests').hidden = list.children.length > 0;
            announce(widget, decision === 'approve'
                ? AJS.I18n.getText('guildhall.members.approved', rowName(row))
                : AJS.I18n.getText('guildhall.members.denied', rowName(row)));
            if (decision === 'approve') {
                load(widget, false).then(function () {
                    announce(widget, AJS.I18n.getText('guildhall.members.approved', rowName(row)));
                });
            }
            widget.querySelector('.guildhall-members-filter [name=query]').focus();
        });
    }

    function changeRole(widget, row) {
        var role = row.querySelector('select[name=role]').value;
        perform(widget, row, api(widget, 'PUT', '/members/' + encodeURIComponent(row.getAttribute('data-user-key')),
            {role: role}), function (state) {
            var newRole = state && state.role ? state.role : role;
            row.setAttribute('data-role', newRole);
            row.querySelector('.guildhall-members-role').textContent = roleName(newRole);
            row.querySelectorAll('button').forEach(function (button) {
                button.disabled = false;
            });
            announce(widget, AJS.I18n.getText('guildhall.members.role-changed', rowName(row), roleName(newRole)));
        });
    }

    /** Remove and Ban first ask, in the row: the confirm button takes the focus, Cancel gives it back. */
    function askToConfirm(widget, row, action, trigger) {
        var actions = row.querySelector('.guildhall-members-actions');
        var name = rowName(row);
        var confirm = element('span', 'guildhall-members-confirm');
        confirm.setAttribute('role', 'group');
        confirm.setAttribute('aria-label', action === 'ban'
            ? AJS.I18n.getText('guildhall.members.confirm.ban', name)
            : AJS.I18n.getText('guildhall.members.confirm.remove', name));
        confirm.appendChild(element('span', null, confirm.getAttribute('aria-label')));
        var yes = actionButton(action === 'ban' ? 'confirm-ban' : 'confirm-remove', action === 'ban'
            ? AJS.I18n.getText('guildhall.members.ban') : AJS.I18n.getText('guildhall.members.remove'), name, true);
        var no = actionButton('cancel', AJS.I18n.getText('guildhall.members.cancel'), name, false);
        confirm.appendChild(yes);
        confirm.appendChild(no);
        actions.hidden = true;
        row.insertBefore(confirm, actions.nextSibling);
        yes.focus();
        row.setAttribute('data-confirming', action);
        row.guildhallTrigger = trigger;
    }

    function cancelConfirmation(row) {
        var confirm = row.querySelector('.guildhall-members-confirm');
        if (confirm) {
            confirm.parentNode.removeChild(confirm);
        }
        row.querySelector('.guildhall-members-actions').hidden = false;
        row.removeAttribute('data-confirming');
        if (row.guildhallTrigger) {
            row.guildhallTrigger.focus();
        }
    }

    function removeMember(widget, row, ban) {
        var name = rowName(row);
        perform(widget, row, api(widget, 'DELETE', '/members/' + encodeURIComponent(row.getAttribute('data-user-key'))
            + (ban ? '?ban=true' : '')), function () {
            var next = row.nextElementSibling || row.previousElementSibling;
            row.parentNode.removeChild(row);
            announce(widget, ban ? AJS.I18n.getText('guildhall.members.banned', name)
                : AJS.I18n.getText('guildhall.members.removed', name));
            var focusTarget = next ? next.querySelector('button') : widget.querySelector('.guildhall-members-filter [name=query]');
            if (focusTarget) {
                focusTarget.focus();
            }
        });
    }

    document.addEventListener('click', function (event) {
        var option = event.target.closest && event.target.closest('.guildhall-members-invitee-option');
        if (option) {
            choose(option.closest('.guildhall-members-invite'), option);
            return;
        }
        var button = event.target.closest && event.target.closest('.guildhall-members-action, .guildhall-members-more, '
            + '.guildhall-members-requests-more');
        var widget = button && button.closest('.guildhall-members');
        if (!widget) {
            return;
        }
        if (button.classList.contains('guildhall-members-more')) {
            load(widget, true);
            return;
        }
        if (button.classList.contains('guildhall-members-requests-more')) {
            loadMoreRequests(widget);
            return;
        }
        var row = button.closest('.guildhall-members-row');
        switch (button.getAttribute('data-action')) {
            case 'approve':
            case 'deny':
                decide(widget, row, button.getAttribute('data-action'));
                break;
            case 'role':
                changeRole(widget, row);
                break;
            case 'remove':
            case 'ban':
                askToConfirm(widget, row, button.getAttribute('data-action'), button);
                break;
            case 'confirm-remove':
                removeMember(widget, row, false);
                break;
            case 'confirm-ban':
                removeMember(widget, row, true);
                break;
            case 'cancel':
                cancelConfirmation(row);
                break;
            default:
                break;
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target.closest && event.target.closest('.guildhall-members-filter');
        if (form) {
            event.preventDefault();
            load(form.closest('.guildhall-members'), false);
        }
        var inviteForm = event.target.closest && event.target.closest('.guildhall-members-invite');
        if (inviteForm) {
            event.preventDefault();
            invite(inviteForm);
        }
    });

    var pickerTimer = null;
    document.addEventListener('input', function (event) {
        var form = event.target.closest && event.target.closest('.guildhall-members-invite');
        if (form && event.target.classList.contains('guildhall-members-invitee')) {
            form.guildhallInvitee = null;
            clearTimeout(pickerTimer);
            pickerTimer = setTimeout(function () {
                findPeople(form);
            }, 200);
        }
    });

    document.addEventListener('keydown', function (event) {
        if (event.target.classList && event.target.classList.contains('guildhall-members-invitee')) {
            pickerKeys(event);
        }
    });
}());
