<#--
id: assistant.partners
version: 3
description: Offline answer to a partner search - ranked shortlist with reasons and citations, or the unmet constraints and labelled alternatives
variables: [understood, partners, unmet, alternatives, refined, unsaid]
-->
<#if partners?has_content>
<#if refined>Narrowed down<#else>Here are the partners that best fit</#if><#if understood?has_content> (${understood?join("; ")})</#if>:

<#list partners as p>
${p.rank}. **${p.name}** — ${p.summary}<#if p.cites?has_content> ${p.cites}</#if>
<#list p.reasons as r>
   - ${r}
</#list>
</#list>
<#if unsaid?has_content>

No partner's profile or story says ${unsaid?join(" or ")}.
</#if>
<#if alternatives?has_content>

Ranked as high but without a passage for everything you asked (alternatives, not matches):

<#list alternatives as p>
${p.rank}. **${p.name}** (alternative) — ${p.summary}<#if p.cites?has_content> ${p.cites}</#if><#if p.missing?has_content>; misses ${p.missing?join(", ")}</#if>
</#list>
</#if>
<#else>
No partner meets all of your requirements<#if understood?has_content> (${understood?join("; ")})</#if>.
<#list unmet as u>
- **${u}** could not be met together with the other requirements
</#list>
<#if alternatives?has_content>

Nearest alternatives (each misses a requirement above; shown as alternatives, not as matches):

<#list alternatives as p>
${p.rank}. **${p.name}** (alternative) — ${p.summary}<#if p.cites?has_content> ${p.cites}</#if><#if p.missing?has_content>; misses ${p.missing?join(", ")}</#if>
</#list>
</#if>
</#if>
