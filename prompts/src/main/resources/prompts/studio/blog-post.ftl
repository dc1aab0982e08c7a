<#--
id: studio.blog-post
version: 1
description: Blog post in Markdown, values arrive with < > & escaped, footer is locked
variables: [sections, vendor, partner, locked]
-->
# ${sections.title}

*A customer story from ${vendor.name}<#if partner??> and ${partner.name}</#if>*

${sections.intro}

<#if sections.challenge?has_content>
## The challenge

${sections.challenge}

</#if>
<#if sections.solution?has_content>
## The solution

${sections.solution}

</#if>
<#if sections.results?has_content>
## The results

<#list sections.results?split("\n") as r><#if r?trim?has_content>- ${r?trim}
</#if></#list>

</#if>
<#if sections.quote?has_content>
> ${sections.quote}
>
> — ${sections.quote_attribution}

</#if>
${sections.closing}

---

<#if partner??>*About ${partner.name}:* ${partner.boilerplate}

</#if>
*About ${vendor.name}:* ${locked.vendor_boilerplate}

<small>${locked.legal}</small>
