<#--
id: assistant.partner-detail
version: 1
description: Offline answer to "tell me more about the second one" - one partner's profile and proof
variables: [partner, facts, stories, rank]
-->
**${partner.name}**<#if rank gt 0> (number ${rank} on your shortlist)</#if> — ${partner.summary}

<#list facts as f>
- ${f}
</#list>
<#if stories?has_content>

Proof from its work:
<#list stories as s>
- ${s.title}: "${s.snippet}" ${s.cite}
</#list>
<#else>

No case study of this partner is indexed yet; the facts above come from its directory profile ${partner.cite}.
</#if>
