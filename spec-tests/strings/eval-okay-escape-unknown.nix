# an unknown escape like \q just yields the character
[ "\q" "\a" "\0" "\z\y" ]
