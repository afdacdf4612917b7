# restricted mode: a search path lookup that fails
<nixref-no-such-entry>
