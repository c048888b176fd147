"""Questions written in a spreadsheet: read the file, preview each row, store on confirmation."""
