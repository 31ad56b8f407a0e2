namespace AttackKb.Serve;

/// <summary>
/// The live-reload script and the banner's style, served under <see cref="ServedOnly.Prefix"/>. The script opens one
/// Server-Sent Events stream naming its page and the version it shows; the server answers "reload" as soon as the
/// page's bytes differ from that version (at once when they already do, so an edit between load and connect is not
/// missed). EventSource reconnects by itself after a restart of the server.
/// </summary>
internal static class ReloadAssets
{
    public static readonly byte[] Script = System.Text.Encoding.UTF8.GetBytes("""
        "use strict";
        (function () {
          var script = document.currentScript;
          var url = "/_attackkb/events?path=" + encodeURIComponent(location.pathname)
            + "&version=" + encodeURIComponent(script ? script.getAttribute("data-version") : "");
          var events = new EventSource(url);
          events.addEventListener("reload", function () { events.close(); location.reload(); });
        })();

        """);

    public static readonly byte[] Style = System.Text.Encoding.UTF8.GetBytes("""
        .attackkb-serve-banner { border: 2px solid #b00020; background: #fff0f0; color: #5c0011; padding: .5rem 1rem;
          margin: 0 0 1rem; border-radius: 4px; }
        .attackkb-serve-banner h2 { font-size: 1rem; margin: 0 0 .25rem; }
        .attackkb-serve-banner ul { margin: 0; padding-left: 1.25rem; }

        """);
}
