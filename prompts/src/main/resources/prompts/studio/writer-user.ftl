<#--
id: studio.writer.user
version: 1
description: User message of LLM mode in the content studio, the story title and facts as quoted JSON data
variables: [title, facts]
-->
Story title:
<data>${title}</data>

Facts (JSON; each has a field, a value and for quotes the speaker in "detail"):
<data>
${facts}
</data>
