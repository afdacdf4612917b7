# . segments are removed
/a/./b/.
