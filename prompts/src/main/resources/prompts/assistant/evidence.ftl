<#--
id: assistant.evidence
version: 1
description: Offline answer to "who helped X?" - the partner the matching customer story credits, with the story cited; or, honestly, that the story credits no listed partner, or that no story tells it
variables: [found, credited, partner, story, closest]
-->
<#if !found>
No customer story tells what you describe, so no partner can be credited with it<#if closest?has_content>; the closest stories are ${closest?join(", ")}</#if>.
<#elseif credited>
**${partner.name}** — ${partner.summary}: the customer story "${story.title}" ${story.cite} credits it<#if story.customer?has_content> with the work at ${story.customer}</#if>.
<#if story.credit?has_content>

> ${story.credit} ${story.cite}
</#if>
<#else>
The customer story "${story.title}" ${story.cite} credits no listed partner<#if story.customer?has_content> for the work at ${story.customer}</#if>: the customer did it alone, with the vendor, or with a firm outside the partner directory.
</#if>
