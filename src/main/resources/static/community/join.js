/*
 * guildhall-community-join: Join / Request to join / Withdraw / Accept / Leave through the REST API, then show the
 * new state in place. Text is inserted with textContent only, never as HTML.
 */
(function () {
    'use strict';

    function contextPath() {
        return (window.AJS && typeof AJS.contextPath === 'function') ? AJS.contextPath() : '';
    }

    function button(action, label, primary) {
        var node = document.createElement('button');
        node.type = 'button';
        node.className = 'aui-button guildhall-join-action' + (primary ? ' aui-button-primary' : '');
        node.setAttribute('data-action', action);
        node.textContent = label;
        return node;
    }

    /** Literal keys, so that the jsI18n transformer can translate each of them. */
    function stateText(state, name) {
        switch (state) {
            case 'member':
                return AJS.I18n.getText('guildhall.join.state.member', name);
            case 'pending':
                return AJS.I18n.getText('guildhall.join.state.pending', name);
            case 'invited':
                return AJS.I18n.getText('guildhall.join.state.invited', name);
            case 'banned':
                return AJS.I18n.getText('guildhall.join.state.banned', name);
            default:
                return AJS.I18n.getText('guildhall.join.state.none', name);
        }
    }

    /** Shows the caller's new standing: the state sentence and the buttons that fit it. */
    function show(widget, status) {
        var name = widget.getAttribute('data-community-name') || '';
        var state = status.membership;
        widget.setAttribute('data-state', state);
        widget.querySelector('.guildhall-join-state').textContent = stateText(state, name);
        var message = widget.querySelector('.guildhall-join-message');
        if (message && !status.canRequest) {
            message.parentNode.removeChild(message);
        }
        var buttons = widget.querySelector('.buttons');
        while (buttons.firstChild) {
            buttons.removeChild(buttons.firstChild);
        }
        if (status.canJoin) {
            buttons.appendChild(button('join', state === 'invited'
                ? AJS.I18n.getText('guildhall.join.accept') : AJS.I18n.getText('guildhall.join.join'), true));
        } else if (status.canRequest) {
            buttons.appendChild(button('join', AJS.I18n.getText('guildhall.join.request'), true));
        }
        if (status.canLeave) {
            var label = state === 'pending' ? AJS.I18n.getText('guildhall.join.withdraw')
                : (state === 'invited' ? AJS.I18n.getText('guildhall.join.decline') : AJS.I18n.getText('guildhall.join.leave'));
            buttons.appendChild(button('leave', label, false));
        }
        var first = buttons.querySelector('button');
        if (first) {
            first.focus();
        }
    }

    function act(widget, actionButton) {
        var error = widget.querySelector('.guildhall-join-error');
        var url = contextPath() + '/rest/guildhall/1.0/communities/' + encodeURIComponent(widget.getAttribute('data-space-key')) + '/members/me';
        var join = actionButton.getAttribute('data-action') === 'join';
        var messageField = widget.querySelector('textarea[name=message]');
        var options = {method: join ? 'POST' : 'DELETE', credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (join) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify({message: messageField ? messageField.value : null});
        }
        actionButton.disabled = true;
        actionButton.setAttribute('aria-busy', 'true');
        error.textContent = '';
        fetch(url, options)
            .then(function (response) {
                return response.json().then(function (body) {
                    if (!response.ok) {
                        throw new Error(body && body.message ? body.message : 'HTTP ' + response.status);
                    }
                    return body;
                });
            })
            .then(function (status) {
                show(widget, status);
            })
            .catch(function (failure) {
                error.textContent = AJS.I18n.getText('guildhall.join.failed') + ' ' + failure.message;
                actionButton.disabled = false;
                actionButton.removeAttribute('aria-busy');
            });
    }

    document.addEventListener('click', function (event) {
        var actionButton = event.target.closest && event.target.closest('.guildhall-join-action');
        if (actionButton) {
            act(actionButton.closest('.guildhall-join'), actionButton);
        }
    });
}());
