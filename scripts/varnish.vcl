vcl 4.1;

import std;
# The front cache of `make prod` (Varnish from Debian's packages), in front of gunicorn.
# scripts/varnish.sh fills in @APP_HOST@ and @APP_PORT@ (the site's own address).
#
# What it keeps is what the site marks `Cache-Control: public` (anonymous pages that are the same
# for everyone, and static files), for as long as its s-maxage or max-age says. It never keeps:
# a request with a session or a message waiting (someone signed in or in the middle of a form),
# the admin, documents and private files, anything but GET and HEAD, a response that sets a
# cookie, or a response marked private or no-store (forms with a CSRF token, personal pages).
#
# Tracking parameters (utm_*, gclid, fbclid, msclkid, mc_cid, mc_eid) are dropped from the
# address and the rest sorted, so a campaign link is the page everybody gets.
#
# Purging: Wagtail (wagtail.contrib.frontend_cache) sends PURGE for an address; this drops that
# address and everything under it, so a PURGE of a site's root "/" clears the whole site. Only
# this machine may purge.

backend site {
    .host = "@APP_HOST@";
    .port = "@APP_PORT@";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Every request gets an id (a proxy's in front is kept when it looks like one) that the
    # site logs and every response carries, one served from the cache too.
    if (req.http.X-Request-ID !~ "^[A-Za-z0-9._-]{8,64}$") {
        set req.http.X-Request-ID = "v" + std.time2integer(now, 0) + "-" + req.xid;
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents|django-admin|private)/" || req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|__Host-sessionid|messages)=") {
        return (pass);
    }
    # Anonymous: no cookie reaches the site, so the page is the one everybody gets.
    unset req.http.Cookie;
    # A newsletter's or a campaign's tracking parameters change nothing on the page (the site
    # has no analytics): dropped, so such a link is the same cached page as the plain address
    # instead of a copy per campaign, and the site never sees them.
    if (req.url ~ "[?&](utm_[a-z_]+|gclid|fbclid|msclkid|mc_cid|mc_eid)=") {
        set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z_]+|gclid|fbclid|msclkid|mc_cid|mc_eid)=[^&]*(&|$)", "");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    # The same parameters in another order are the same page.
    set req.url = std.querysort(req.url);
    # The language is in the address (/nl/, /en/); only the bare "/" chooses one from the header.
    if (req.url ~ "^/(nl|en)/") {
        unset req.http.Accept-Language;
    }
    return (hash);
}

sub vcl_backend_response {
    # Kept on the object for purging by address (ban lurker friendly), removed before delivery.
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = bereq.http.host;
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        # Not to be kept: remember that for two minutes, so requests for it are not queued.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    set resp.http.X-Request-ID = req.http.X-Request-ID;
    unset resp.http.x-url;
    unset resp.http.x-host;
    if (obj.uncacheable) {
        set resp.http.X-Front-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
