<#--
id: assistant.overlap
version: 1
description: Offline answer to "who already works with <account>?" or "which partners have sold into <segment>?" - partners with their deals (role, outcome, date) from the CRM opportunities, each cited
variables: [subject, partners, confined]
-->
<#if partners?has_content>
<#if confined>Your own deals<#else>Partners with recorded deals</#if> ${subject}, from the CRM opportunities:

<#list partners as p>
${p?counter}. **${p.name}** — ${p.summary} ${p.cite}
<#list p.deals as d>
   - ${d}
</#list>
</#list>
<#else>
No recorded <#if confined>deal of yours<#else>partner deal</#if> ${subject} in the CRM opportunities. A partner may still work there without a deal in the CRM: ask the partner team.
</#if>
