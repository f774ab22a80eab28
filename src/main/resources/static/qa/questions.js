/*
 * Question lists (guildhall-questions, browse and topic pages): the state and sort filters replace the rows in place,
 * "Show more" appends the next page. Rows come from the server already escaped (…/questions?fragment=items).
 */
(function () {
    'use strict';

    function withParameters(url, parameters) {
        var parsed = new URL(url, window.location.href);
        Object.keys(parameters).forEach(function (name) {
            if (parameters[name] === null || parameters[name] === '') {
                parsed.searchParams.delete(name);
            } else {
                parsed.searchParams.set(name, parameters[name]);
            }
        });
        return parsed.toString();
    }

    /** @return a promise of {rows: [li…], next: cursor or ''} */
    function load(url) {
        return fetch(withParameters(url, {fragment: 'items'}), {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var template = document.createElement('template');
                template.innerHTML = html; // server-rendered rows, every value escaped by the template
                var list = template.content.querySelector('.guildhall-question-rows');
                return {rows: Array.prototype.slice.call(list.children), next: list.getAttribute('data-next-cursor') || ''};
            });
    }

    function moreButton(section, cursor) {
        var button = section.querySelector('.guildhall-show-more');
        if (button) {
            if (cursor) {
                button.setAttribute('data-cursor', cursor);
            } else {
                button.parentNode.removeChild(button);
            }
        } else if (cursor) {
            var wrapper = document.createElement('div');
            wrapper.className = 'guildhall-more';
            button = document.createElement('button');
            button.type = 'button';
            button.className = 'aui-button guildhall-show-more';
            button.setAttribute('data-cursor', cursor);
            button.textContent = section.getAttribute('data-more-label') || 'Show more';
            wrapper.appendChild(button);
            section.appendChild(wrapper);
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.guildhall-show-more');
        if (!button) {
            return;
        }
        var section = button.closest('.guildhall-questions');
        section.setAttribute('data-more-label', button.textContent);
        button.disabled = true;
        load(withParameters(section.getAttribute('data-list-url'), {cursor: button.getAttribute('data-cursor')}))
            .then(function (page) {
                var list = section.querySelector('.guildhall-question-rows');
                page.rows.forEach(function (row) {
                    list.appendChild(row);
                });
                button.disabled = false;
                moreButton(section, page.next);
                var first = page.rows.length ? page.rows[0].querySelector('a') : null;
                if (first) {
                    first.focus();
                }
            })
            .catch(function () {
                button.disabled = false;
            });
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('guildhall-question-filters')) {
            return;
        }
        event.preventDefault();
        var section = form.closest('.guildhall-questions');
        var url = withParameters(section.getAttribute('data-list-url'), {
            state: form.querySelector('[name=state]').value,
            sort: form.querySelector('[name=sort]').value,
            cursor: null
        });
        var more = section.querySelector('.guildhall-show-more');
        if (more) {
            section.setAttribute('data-more-label', more.textContent);
        }
        load(url).then(function (page) {
            section.setAttribute('data-list-url', url);
            var list = section.querySelector('.guildhall-question-rows');
            list.textContent = '';
            page.rows.forEach(function (row) {
                list.appendChild(row);
            });
            var empty = section.querySelector('.guildhall-questions-empty');
            if (empty) {
                empty.hidden = page.rows.length > 0;
            }
            moreButton(section, page.next);
        });
    });
}());
