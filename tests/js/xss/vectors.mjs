// XSS vectors, written for this suite from the published categories of
// attack (event handlers, script URLs, SVG, mutation XSS through parser
// differences, comments and CDATA, base and refresh, frames and plugins,
// CSS, attribute breaking, encoded schemes, form hijacking, dangling
// markup). In each template `$JS` becomes code that records the vector's id
// when it runs (`__xss=ID`, `alert(ID)` or a fetch of the beacon), `$URL` a
// beacon URL carrying the id.

const HANDLER_ELEMENTS = [
  ['img', '<img src=x onerror="$JS">'],
  ['img-slash', '<img/src=x/onerror=$JS>'],
  ['img-tab', '<img src=x\tonerror=$JS>'],
  ['img-newline-eq', '<img src=x onerror\n=$JS>'],
  ['image', '<image src=x onerror=$JS>'],
  ['svg-onload', '<svg onload=$JS></svg>'],
  ['svg-image', '<svg><image href=x onerror=$JS /></svg>'],
  ['body', '<body onload=$JS>'],
  ['body-pageshow', '<body onpageshow=$JS>'],
  ['iframe-onload', '<iframe onload=$JS></iframe>'],
  ['video', '<video src=x onerror=$JS></video>'],
  ['video-source', '<video><source src=x onerror=$JS></video>'],
  ['audio', '<audio src=x onerror=$JS></audio>'],
  ['details', '<details open ontoggle=$JS><summary>s</summary></details>'],
  ['input-autofocus', '<input autofocus onfocus=$JS>'],
  ['textarea-autofocus', '<textarea autofocus onfocus=$JS></textarea>'],
  ['select-autofocus', '<select autofocus onfocus=$JS></select>'],
  ['div-tabindex-autofocus', '<div tabindex=0 autofocus onfocus=$JS>x</div>'],
  ['marquee', '<marquee onstart=$JS>m</marquee>'],
  ['object-onerror', '<object data=x onerror=$JS></object>'],
  ['style-onload', '<style onload=$JS></style>'],
  ['link-onload', '<link rel=stylesheet href=data:, onload=$JS>'],
  ['input-image', '<input type=image src=x onerror=$JS>'],
  ['animation', '<style>@keyframes k{}</style><p style="animation-name:k" onanimationstart=$JS>a</p>'],
  ['transition', '<p style="transition:color 1ms" ontransitionrun=$JS>t</p>'],
  ['picture', '<picture><source srcset=x><img src=x onerror=$JS></picture>'],
  ['track', '<video><track default src=x onerror=$JS></video>'],
  ['mouseover', '<p onmouseover=$JS>hover</p>'],
  ['a-onclick', '<a href=# onclick=$JS>click</a>'],
  ['form-onsubmit', '<form onsubmit=$JS><input type=submit></form>'],
  ['frameset', '<frameset onload=$JS>'],
  ['meter', '<meter onmouseover=$JS>1</meter>'],
  ['upper-case', '<IMG SRC=x ONERROR=$JS>'],
  ['math-onclick', '<math><mi onclick=$JS>x</mi></math>'],
];

const SCHEMES = [
  ['plain', 'javascript:$JS'],
  ['upper', 'JAVASCRIPT:$JS'],
  ['leading-space', '  javascript:$JS'],
  ['tab-inside', 'java\tscript:$JS'],
  ['newline-inside', 'java\nscript:$JS'],
  ['entity-tab', 'jav&#x09;ascript:$JS'],
  ['entity-letters', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:$JS'],
  ['entity-colon', 'javascript&colon;$JS'],
  ['entity-no-semicolon', '&#x6A&#x61&#x76&#x61script:$JS'],
  ['leading-control', '\u0001javascript:$JS'],
  ['nbsp', '\u00a0javascript:$JS'],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['data-html', 'data:text/html,<script>$JS</script>'],
  ['data-html-base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['data-svg', 'data:image/svg+xml,<svg onload=$JS>'],
];

const URL_SLOTS = [
  ['a-href', (u) => `<a href="${u}">link</a>`],
  ['img-src', (u) => `<img src="${u}">`],
  ['iframe-src', (u) => `<iframe src="${u}"></iframe>`],
  ['form-action', (u) => `<form action="${u}"><input type=submit value=go></form>`],
  ['button-formaction', (u) => `<form><button formaction="${u}">go</button></form>`],
  ['svg-xlink', (u) => `<svg><a xlink:href="${u}"><text y=20>x</text></a></svg>`],
  ['img-srcset', (u) => `<img srcset="${u} 1x">`],
  ['area-href', (u) => `<map name=m><area href="${u}" shape=default></map>`],
];

const FIXED = [
  // SVG
  ['svg-script', '<svg><script>$JS</script></svg>'],
  ['svg-script-href', '<svg><script href="data:,$JS"></script></svg>'],
  ['svg-animate-onbegin', '<svg><animate onbegin=$JS attributeName=x dur=1ms /></svg>'],
  ['svg-animate-href', '<svg><a><animate attributeName=href values=javascript:$JS /><text y=20>x</text></a></svg>'],
  ['svg-set-handler', '<svg><set attributeName=onmouseover to=$JS /></svg>'],
  ['svg-set-href', '<svg><a><set attributeName=href to=javascript:$JS /><text y=20>x</text></a></svg>'],
  ['svg-use-data', '<svg><use href="data:image/svg+xml,&lt;svg id=x xmlns=%22http://www.w3.org/2000/svg%22&gt;&lt;image href=1 onerror=$JS /&gt;&lt;/svg&gt;#x"/></svg>'],
  ['svg-foreignobject', '<svg><foreignObject><img src=x onerror=$JS></foreignObject></svg>'],
  ['svg-handler-element', '<svg><handler type="text/javascript">$JS</handler></svg>'],
  ['svg-feimage', '<svg><filter><feImage href="$URL"/></filter></svg>'],
  // Mutation XSS: markup that re-parses differently
  ['noscript-title', '<noscript><p title="</noscript><img src=x onerror=$JS>"></noscript>'],
  ['template-img', '<template><img src=x onerror=$JS></template>'],
  ['style-img', '<style><img src=x onerror=$JS></style>'],
  ['textarea-img', '<textarea></textarea><img src=x onerror=$JS>'],
  ['textarea-break', '<textarea><img title="</textarea><img src=x onerror=$JS>"></textarea>'],
  ['title-img', '<title><img src=x onerror=$JS></title>'],
  ['xmp-img', '<xmp><img title="</xmp><img src=x onerror=$JS>"></xmp>'],
  ['iframe-text', '<iframe><img title="</iframe><img src=x onerror=$JS>"></iframe>'],
  ['noembed', '<noembed><img title="</noembed><img src=x onerror=$JS>"></noembed>'],
  ['noframes', '<noframes><img title="</noframes><img src=x onerror=$JS>"></noframes>'],
  ['svg-style-img', '<svg><style><img src=x onerror=$JS></style></svg>'],
  ['svg-p-style', '<svg></p><style><a id="</style><img src=1 onerror=$JS>"></style></svg>'],
  ['math-mglyph-style', '<math><mtext><table><mglyph><style><img src=x onerror=$JS></style></mglyph></table></mtext></math>'],
  ['form-math-mglyph', '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=$JS>'],
  ['math-style-comment', '<math><style><!--</style><img src=x onerror=$JS>--></style></math>'],
  ['select-template', '<select><template><style><!--</style><a rel="--></template></select><img src=x onerror=$JS>"></a>'],
  ['svg-desc-textarea', '<svg><desc><textarea><img title="</textarea><img src=x onerror=$JS>"></textarea></desc></svg>'],
  ['table-fostered', '<table><img src=x onerror=$JS><tr><td>x</td></tr></table>'],
  ['plaintext', '<plaintext><img src=x onerror=$JS>'],
  ['listing-newline', '<listing>&lt;img src=x onerror=$JS&gt;</listing>'],
  ['escaped-text', '<p>&lt;img src=x onerror=$JS&gt;</p>'],
  ['double-escaped', '<p>&amp;lt;img src=x onerror=$JS&amp;gt;</p>'],
  // Comments, CDATA, processing instructions
  ['comment-abrupt', '<!--><img src=x onerror=$JS>-->'],
  ['comment-bang', '<!-- --!><img src=x onerror=$JS> -->'],
  ['comment-in-attr', '<!--<img src="--><img src=x onerror=$JS//">'],
  ['cdata-svg', '<svg><![CDATA[><img src=x onerror=$JS>]]></svg>'],
  ['cdata-html', '<![CDATA[<img src=x onerror=$JS>]]>'],
  ['processing-instruction', '<?xml version="1.0"?><img src=x onerror=$JS>'],
  ['conditional-comment', '<!--[if IE]><img src=x onerror=$JS><![endif]-->'],
  ['bogus-comment', '<! ><img src=x onerror=$JS>'],
  // Base, refresh, frames, plugins
  ['base-href', '<base href="javascript:$JS//">'],
  ['base-href-beacon', '<base href="$URL/"><a href=rel>rel</a>'],
  ['meta-refresh', '<meta http-equiv=refresh content="0;url=$URL">'],
  ['meta-refresh-js', '<meta http-equiv=refresh content="0;url=javascript:$JS">'],
  ['meta-csp', '<meta http-equiv=content-security-policy content="script-src \'unsafe-inline\'">'],
  ['iframe-srcdoc', '<iframe srcdoc="&lt;script&gt;parent.$JS&lt;/script&gt;"></iframe>'],
  ['iframe-srcdoc-img', '<iframe srcdoc="<img src=x onerror=parent.$JS>"></iframe>'],
  ['object-data', '<object data="$URL"></object>'],
  ['object-html', '<object data="data:text/html,<script>parent.$JS</script>"></object>'],
  ['embed-src', '<embed src="$URL">'],
  ['embed-svg', '<embed src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22parent.$JS%22/>">'],
  ['applet', '<applet code=x codebase="$URL"></applet>'],
  ['frame', '<frameset><frame src="$URL"></frameset>'],
  ['portal', '<portal src="$URL"></portal>'],
  // Scripts themselves
  ['script', '<script>$JS</script>'],
  ['script-src', '<script src="$URL"></script>'],
  ['script-upper', '<SCRIPT>$JS</SCRIPT>'],
  ['script-split', '<scr<script>ipt>$JS</script>'],
  ['script-nested-tag', '<<script>script>$JS<</script>/script>'],
  ['script-type', '<script type=module>$JS</script>'],
  ['script-comment', '<script><!--\n$JS\n//--></script>'],
  ['script-entity-name', '<&#115;cript>$JS</script>'],
  // CSS
  ['style-import', '<style>@import "$URL";</style>'],
  ['style-url', '<style>body{background:url("$URL")}</style>'],
  ['style-attr-url', '<p style="background:url($URL)">bg</p>'],
  ['style-attr-expression', '<p style="width:expression($JS)">e</p>'],
  ['style-attr-js-url', '<p style="background:url(javascript:$JS)">j</p>'],
  ['style-behavior', '<p style="behavior:url($URL)">b</p>'],
  ['style-moz-binding', '<p style="-moz-binding:url($URL)">m</p>'],
  ['link-stylesheet', '<link rel=stylesheet href="$URL">'],
  ['link-import', '<link rel=import href="$URL">'],
  ['link-prefetch', '<link rel=prefetch href="$URL">'],
  ['style-font', '<style>@font-face{font-family:f;src:url("$URL")}p{font-family:f}</style>'],
  // Attribute breaking
  ['quote-break', '<img src="x" alt="&quot;onerror=$JS ">'],
  ['quote-break-raw', '<img src=x alt=""onerror=$JS "">'],
  ['backtick', '<img src=x alt=`x`onerror=$JS>'],
  ['backtick-value', '<img src=`x`onerror=$JS>'],
  ['single-quote-break', "<img src='x' title='a'onerror=$JS>"],
  ['slash-attr', '<img src=x /onerror=$JS>'],
  ['null-in-name', '<img src=x on\0error=$JS>'],
  ['dup-attr', '<img src=x onerror=$JS onerror=$JS>'],
  ['unquoted-gt', '<img src=x alt=a>b onerror=$JS>'],
  ['attr-entity-quote', '<a title="&#34;><img src=x onerror=$JS>">t</a>'],
  // Form hijacking and clobbering
  ['form-beacon', '<form action="$URL" method=post><input name=q value=secret><button>send</button></form>'],
  ['button-form-attr', '<button form=f formaction="$URL">go</button>'],
  ['input-formaction', '<input type=submit formaction="javascript:$JS">'],
  ['isindex', '<isindex action="javascript:$JS" type=image src=x onerror=$JS>'],
  ['keygen', '<keygen autofocus onfocus=$JS>'],
  // Dangling markup: an unclosed quote swallows the page after it
  ['dangling-img', `<img src='$URL?dangle=`],
  ['dangling-a', `<a href="$URL?dangle=`],
  ['dangling-base-target', `<base target='dangle`],
  ['dangling-meta', `<meta http-equiv=refresh content='0;url=$URL?dangle=`],
  ['dangling-textarea', '<form action="$URL"><textarea name=t>'],
];

/** The vectors, each { id, name, html } with `$JS` and `$URL` filled in. */
export function vectors(beaconUrl) {
  const out = [];
  const add = (name, template) => {
    const id = out.length + 1;
    // Every third vector reports by alert, every fifth by the network.
    const js =
      id % 3 === 0 ? `alert(${id})` : id % 5 === 0 ? `fetch('${beaconUrl}?js=${id}')` : `__xss=${id}`;
    const url = `${beaconUrl}?id=${id}`;
    out.push({ id, name, html: template.replaceAll('$JS', js).replaceAll('$URL', url) });
  };
  for (const [name, t] of HANDLER_ELEMENTS) add(`handler/${name}`, t);
  for (const [slot, wrap] of URL_SLOTS) {
    for (const [scheme, url] of SCHEMES) add(`url/${slot}/${scheme}`, wrap(url));
  }
  for (const [name, t] of FIXED) add(name, t);
  return out;
}

/** An article page with enough text to extract, the vector in several places. */
export function articlePage(vector) {
  const para = (n) =>
    `<p>Paragraph ${n} of the report describes how the harbour was rebuilt after the winter storms, ` +
    `and how the fishing fleet returned in spring once the new breakwater was finished.</p>`;
  return `<!doctype html><html lang=en><head><title>Harbour rebuilt | Coast News</title>${vector.html}</head>
<body><nav><a href=/>Home</a></nav><article><h1>Harbour rebuilt</h1>
${para(1)}${vector.html}${para(2)}
<p>Inside a paragraph: ${vector.html} and the sentence goes on to its end.</p>
${para(3)}<div>${vector.html}</div>${para(4)}${para(5)}
</article><footer>Footer</footer></body></html>`;
}
