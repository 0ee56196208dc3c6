// Copying to the clipboard, the old way where a browser refuses the new one (a page over
// http other than localhost, a permission denied): select the field's text and copy it.

/**
 * @param {string} text @param {HTMLInputElement | HTMLTextAreaElement} field shows the text
 * @returns {Promise<boolean>} whether it was copied (else the text is left selected)
 */
export async function copyText(text, field) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.select();
    return Boolean(document.execCommand?.('copy'));
  }
}
