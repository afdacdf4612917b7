# a rec attribute defined in terms of itself
(rec { a = a + 1; }).a
