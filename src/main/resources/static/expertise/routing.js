/*
 * Question page, expertise routing blocks: shows the asker (and moderators) the experts the question was routed to,
 * as links to their profiles ("suggested experts — ask them"). Names are inserted with textContent only. The block
 * stays hidden when nobody was routed or the reader may not see the routing.
 * A reader the question was routed to (and who has not declined it) sees "Not my area – decline", which posts to
 * /questions/{id}/routing/decline; the routing mail links to that block (#guildhall-routed), which then gets focus.
 */
(function () {
    'use strict';

    function show(section, asked) {
        var list = section.querySelector('.guildhall-routing-people');
        asked.forEach(function (person) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = window.GuildhallQa.contextPath() + person.profile;
            link.textContent = person.displayName;
            item.appendChild(link);
            list.appendChild(item);
        });
        section.hidden = false;
    }

    function decline(section) {
        var button = section.querySelector('.guildhall-routed-decline');
        var status = section.querySelector('.guildhall-routed-status');
        button.setAttribute('aria-disabled', 'true');
        button.disabled = true;
        window.GuildhallQa.request('POST', section.getAttribute('data-routing-path') + '/decline', {}).then(function () {
            button.hidden = true;
            status.textContent = AJS.I18n.getText('guildhall.routing.mine.declined');
        }, function (failure) {
            button.disabled = false;
            button.removeAttribute('aria-disabled');
            status.textContent = AJS.I18n.getText('guildhall.routing.mine.failed') + ' ' + failure.message;
        });
    }

    function startMine() {
        var section = document.getElementById('guildhall-routed');
        if (!section || !window.GuildhallQa) {
            return;
        }
        window.GuildhallQa.request('GET', section.getAttribute('data-routing-path') + '/mine').then(function (json) {
            if (!json || !json.routed || json.declinedAt) {
                return;
            }
            section.hidden = false;
            section.querySelector('.guildhall-routed-decline').addEventListener('click', function () {
                decline(section);
            });
            if (window.location.hash === '#guildhall-routed') {
                section.focus();
            }
        }, function () {
            // not allowed or gone: the block stays hidden
        });
    }

    function start() {
        startMine();
        var section = document.getElementById('guildhall-routing');
        if (!section || !window.GuildhallQa) {
            return;
        }
        window.GuildhallQa.request('GET', section.getAttribute('data-routing-path')).then(function (json) {
            var asked = (json && json.asked ? json.asked : []).filter(function (person) {
                return !person.declinedAt;
            });
            if (asked.length > 0) {
                show(section, asked);
            }
        }, function () {
            // not allowed or gone: the block stays hidden
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
