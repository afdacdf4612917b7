# `==` compares two sets attribute by attribute in creation order: `bb` first.
{ bb = throw "bb first"; aa = throw "aa"; } == { bb = 1; aa = 2; }
