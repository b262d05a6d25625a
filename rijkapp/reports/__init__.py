"""Documents Rijkapp writes for the user: iCalendar files and PDFs. Qt-free."""
