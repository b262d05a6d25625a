"""Pure calculators: data and a date in, results with their explanation out.

Nothing here touches the database, the clock or the GUI.
"""
