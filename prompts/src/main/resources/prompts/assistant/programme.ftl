<#--
id: assistant.programme
version: 1
description: Offline answer to a partner-programme question - extracted sentences with citations, or a plain statement that the documents do not cover it
variables: [covered, sentences, sources]
-->
<#if covered>
According to the partner programme documents:

<#list sentences as s>
- ${s.text} ${s.cite}
</#list>
<#else>
The partner programme documents do not cover this question<#if sources?has_content>; the closest passages are in ${sources?join(", ")}</#if>. Your partner manager can answer it.
</#if>
