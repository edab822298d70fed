// Homeward's own script: no inline scripts anywhere (the Content-Security-Policy forbids them).
document.addEventListener('DOMContentLoaded', function () {
	// Focus the first field with an error, so a keyboard user lands where the fix is needed.
	var invalid = document.querySelector('.field .error');
	if (invalid) {
		var input = invalid.parentElement.querySelector('input, select, textarea');
		if (input) {
			input.focus();
		}
	}
});
