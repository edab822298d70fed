// Keyboard shortcuts of the comparison page: s = same child, d = different children,
// n = not sure (focuses the note first when it is empty), u = undo. Keys typed into a
// field are left alone.
document.addEventListener('keydown', function (event) {
	var target = event.target;
	if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
		return;
	}
	if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) {
		if (event.key === 'Escape') {
			target.blur();
		}
		return;
	}
	var button = document.querySelector('button[data-key="' + event.key + '"]');
	if (!button) {
		return;
	}
	var note = button.form ? button.form.querySelector('textarea') : null;
	event.preventDefault();
	if (note && note.value.trim() === '') {
		note.focus();
		return;
	}
	button.form.requestSubmit(button);
});
