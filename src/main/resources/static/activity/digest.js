/* The digest page: saves how often the digest comes through PUT /rest/guildhall/1.0/people/me/digest. */
(function () {
    'use strict';

    document.addEventListener('submit', function (event) {
        var form = event.target.closest('.guildhall-digest-form');
        if (!form) {
            return;
        }
        event.preventDefault();
        var status = form.querySelector('.guildhall-digest-status');
        var button = form.querySelector('button[type="submit"]');
        var chosen = form.querySelector('input[name="frequency"]:checked');
        var error = form.querySelector('.error[data-field="frequency"]');
        Guildhall.setBusy(button, true);
        status.textContent = '';
        Guildhall.fetchJson(Guildhall.contextPath() + '/rest/guildhall/1.0/people/me/digest', {
            method: 'PUT',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({frequency: chosen ? chosen.value : ''})
        }).then(function () {
            error.textContent = '';
            status.textContent = AJS.I18n.getText('guildhall.digest.saved');
        }, function (problem) {
            // a radio group has no single field to mark, so the error goes under the group
            error.textContent = (problem.errors && problem.errors.frequency) || '';
            status.textContent = problem.message || AJS.I18n.getText('guildhall.digest.save.failed');
        }).then(function () {
            Guildhall.setBusy(button, false);
        });
    });
}());
