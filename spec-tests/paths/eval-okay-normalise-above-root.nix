# .. above the root stays at the root
[ /a/../.. /a/b/../../../c ]
