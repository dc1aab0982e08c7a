<#--
id: studio.social
version: 1
description: Social posts (plain text) for LinkedIn (up to 3000 characters) and X (up to 280)
variables: [sections, vendor, partner, locked]
-->
LinkedIn
--------
${sections.linkedin}

X
-
${sections.x}
