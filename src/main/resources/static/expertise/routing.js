/*
 * Question page, expertise routing block: shows the asker (and moderators) the experts the question was routed to,
 * as links to their profiles ("suggested experts — ask them"). Names are inserted with textContent only. The block
 * stays hidden when nobody was routed or the reader may not see the routing.
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

    function start() {
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
