# an unknown <name> is an error
<no-such-entry-xyz>
