// The one way the console runs an operator action: a dialog that asks why (the reason goes into the operator
// audit) and, for a destructive action, a typed confirmation; the action runs only when both are given.
import { failure, h, show } from '../dom.js';

let opened = 0;

/**
 * @param title what is about to happen, e.g. "Discard users.events-0@12"
 * @param confirmText when set, the person must type it before the action runs
 * @param run async (reason) => a summary to show
 * @returns the summary, or null when cancelled
 */
export function operatorAction({ title, description, confirmText, submitLabel, run }) {
  return new Promise(resolve => {
    const id = 'action-' + (++opened);
    const reason = h('textarea', { id: id + '-reason', name: 'reason', required: true, maxlength: 500, rows: 3 });
    const typed = confirmText ? h('input', { id: id + '-confirm', name: 'confirm', autocomplete: 'off' }) : null;
    const submit = h('button', { type: 'submit', disabled: true, className: 'primary' }, submitLabel);
    const outcome = h('div', { role: 'status', 'aria-live': 'polite', className: 'outcome' });
    const cancel = h('button', { type: 'button' }, 'Cancel');
    const form = h('form', { method: 'dialog' },
      h('h2', { id: id + '-title' }, title),
      description ? h('p', {}, description) : null,
      h('label', { for: id + '-reason' }, 'Reason (recorded in the audit)'), reason,
      typed ? [h('label', { for: id + '-confirm' }, 'Type ', h('code', {}, confirmText), ' to confirm'), typed] : null,
      outcome,
      h('div', { className: 'dialog-buttons' }, cancel, submit));
    const dialog = h('dialog', { 'aria-labelledby': id + '-title', className: 'action-dialog' }, form);
    const valid = () => reason.value.trim().length > 0 && (!typed || typed.value === confirmText);
    const update = () => { submit.disabled = !valid(); };
    reason.addEventListener('input', update);
    if (typed) typed.addEventListener('input', update);
    let result = null;
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => { dialog.remove(); resolve(result); });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (!valid()) return;
      submit.disabled = true;
      show(outcome, 'Working…');
      try {
        result = await run(reason.value.trim());
        dialog.close();
      } catch (e) {
        show(outcome, failure(e));
        submit.disabled = false;
      }
    });
    document.body.append(dialog);
    dialog.showModal();
    reason.focus();
  });
}
