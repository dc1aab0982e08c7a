<#--
id: studio.email
version: 1
description: Co-branded email (plain text, Markdown-compatible); three subject lines, body, call to action, locked footer
variables: [sections, vendor, partner, locked]
-->
Subject A: ${sections.subject_a}
Subject B: ${sections.subject_b}
Subject C: ${sections.subject_c}

${sections.body}

${sections.cta}

--
<#if partner??>${partner.name} · ${vendor.name} partner
<#else>${vendor.name}
</#if>
About ${vendor.name}: ${locked.vendor_boilerplate}
${locked.legal}
