"""Settings shared by every environment.

Safe for production by default: DEBUG is off and SECRET_KEY must come from the environment.
`dev` and `test` relax what they need to; `production` tightens the rest.
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from cms.core.observability import init_sentry, logging_config
from cms.core.storage import settings_for as object_storage_settings

from .env import env_bool, env_int, env_list, env_required, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_required("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms.core",
    "employers",
    "taalakkoord",
    "ambassadors",
    "cms.home",
    "cms.standardpages",
    "cms.news",
    "cms.goodpractices",
    "cms.desks",
    "cms.vacancies",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # A request id on every request, response and log line; then the health probes, which
    # answer before host checks and the HTTPS redirect (cms/core/observability.py, health.py).
    "cms.core.observability.RequestIdMiddleware",
    "cms.core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "cms.core.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    # Before anything reads the request: refused addresses and bodies get our page (with CSP).
    "cms.core.middleware.RefuseControlCharactersMiddleware",
    "cms.core.middleware.UploadSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.core.pagecache.PageCacheMiddleware",
    "cms.core.requestscope.OncePerRequest",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.core.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "cms.core.middleware.StaffTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Inside it: the admin's preview panel may frame the admin's own previews (SAMEORIGIN).
    "cms.core.middleware.AdminPreviewFramingMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# Past one machine: uploads on S3-compatible object storage, a public bucket for images and logos
# and a private one for everything else (cms/core/storage.py), when AWS_STORAGE_BUCKET_NAME is set.
# MEDIA_ORIGINS: where browsers then load images from (the CSP below allows them).
OBJECT_STORAGE, MEDIA_ORIGINS = object_storage_settings(env_str, env_int)

# Content Security Policy: our pages load scripts, styles, fonts and images only from this site,
# with no inline scripts. Video embeds (after the visitor presses play) come from two hosts.
# The Wagtail admin, which needs inline scripts, is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Argon2 for new passwords; older hashes still work and are upgraded at the next login.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# Database: a SQLite file next to the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
FORMS_URLFIELD_ASSUME_HTTPS = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, process-local memory otherwise.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # A Redis outage must not take the site down: while Redis cannot be reached, each
            # process caches in its own memory (cms/core/cache.py) and tries Redis again later.
            "BACKEND": "cms.core.cache.FallbackRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "FALLBACK": "fallback",
            },
            "KEY_PREFIX": "lenw",
        },
        # Shared by every process while Redis is away, so rate limits keep counting across
        # workers (`manage.py createcachetable` makes its table; make prod runs it).
        "fallback": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache_fallback",
            "KEY_PREFIX": "lenw",
        },
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background tasks (django-tasks). Immediate unless TASKS_BACKEND names another backend,
# e.g. django_tasks_db.DatabaseBackend with `manage.py db_worker` running beside the site.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# A CDN or Varnish in front: Wagtail sends it a PURGE for a page's addresses (in every language)
# when the page is published or unpublished, through the task worker.
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL", "")
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
    if FRONTEND_CACHE_PURGE_URL
    else {}
)

# A task "running" longer than this has lost its worker: `requeue_stale_tasks` queues it again.
TASKS_STALE_AFTER_MINUTES = env_int("TASKS_STALE_AFTER_MINUTES", 30)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Dutch first, English second. URLs carry the language (/nl/…, /en/…).
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# An approved translation goes live with its texts as they stand (cms/core/workflow_actions.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.core.workflow_actions.publish_approved"
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# Static files and uploads.
STATIC_URL = env_str("STATIC_URL", "/static/")
STATIC_ROOT = env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))
# Serve public uploads from the app itself (a single machine without a web server in front).
# Files under private/ are never served this way, only through permission-checked views.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if OBJECT_STORAGE:
    STORAGES["default"] = OBJECT_STORAGE
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# A request body over this is refused before it is read (cms/core/middleware.py): just above the
# largest single upload (a 20 MB document) plus the form's other fields.
UPLOAD_MAX_REQUEST_BYTES = env_int("UPLOAD_MAX_REQUEST_BYTES", 21 * 1024 * 1024)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "csv", "txt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.core.uploads.DocumentForm"
# Documents are streamed by Wagtail's document view, which checks their collection's privacy;
# /media/ never serves them (cms/core/media.py), so a redirect to the file would break them.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Email: console unless EMAIL_BACKEND says otherwise; production defaults to SMTP.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Leren en Werken <noreply@lerenenwerken.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail.
WAGTAIL_SITE_NAME = "Leren en Werken"
# The address the site is served on: in links of emails, certificates' QR codes and links.
# Development follows PORT (make run); production must set it (a system check says so).
WAGTAILADMIN_BASE_URL = env_str(
    "WAGTAILADMIN_BASE_URL", f"http://127.0.0.1:{env_int('PORT', 8000)}"
)
# The public address of the site, used in certificates (QR code and verification link).
SITE_BASE_URL = env_str("SITE_BASE_URL", WAGTAILADMIN_BASE_URL)
# Each language stemmed as that language: "opleidingen" finds "opleiding" (cms/core/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.core.search_backend"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin must not leak staff email hashes to third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Staff reset their password through allauth's pages (rate-limited, sent by the task queue);
# /admin/password_reset/ leads there (cms/urls.py).
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_WORKFLOW_ENABLED = True
# Workflow emails to editors in the site's email layout, with a plain-text and an HTML part.
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILLOCALIZE_JQUERY_ENABLED = False

# Accounts (django-allauth): log in with an email address, which must be verified first.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "taalakkoord:dashboard"
ACCOUNT_ADAPTER = "cms.core.adapters.AccountAdapter"
# How allauth names a person on its pages and in its emails: their name or email address.
ACCOUNT_USER_DISPLAY = "cms.core.adapters.user_display"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# allauth's forms with our labels, hints and error texts (cms/core/account_forms.py).
ACCOUNT_FORMS = {
    "login": "cms.core.account_forms.LoginForm",
    "signup": "cms.core.account_forms.SignupForm",
    "add_email": "cms.core.account_forms.AddEmailForm",
    "change_password": "cms.core.account_forms.ChangePasswordForm",
    "set_password": "cms.core.account_forms.SetPasswordForm",
    "reset_password": "cms.core.account_forms.ResetPasswordForm",
    "reset_password_from_key": "cms.core.account_forms.ResetPasswordKeyForm",
    "reauthenticate": "cms.core.account_forms.ReauthenticateForm",
}
MFA_FORMS = {
    "authenticate": "cms.core.account_forms.AuthenticateForm",
    "reauthenticate": "cms.core.account_forms.MfaReauthenticateForm",
    "activate_totp": "cms.core.account_forms.ActivateTOTPForm",
    "deactivate_totp": "cms.core.account_forms.DeactivateTOTPForm",
    "generate_recovery_codes": "cms.core.account_forms.GenerateRecoveryCodesForm",
}
# Subjects without a prefix, like the site's other emails: the sender's name is the site's.
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# An email when the password, email address or two-step login of an account changes.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env_str("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "https")
# Rate limits are on by default in allauth and need a shared cache (Redis) in production.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/300s/key"}
# Behind a proxy or load balancer every request comes from its address. allauth's limits and
# ours (cms/core/ratelimit.py) read the visitor's address from X-Forwarded-For when
# TRUSTED_PROXY_COUNT says how many proxies add to it, or from the one header a proxy sets.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env_str("TRUSTED_CLIENT_IP_HEADER") or None
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Leren en Werken"
# When on, staff must set up an authenticator app before they can use the admin.
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", False)
# The Wagtail admin signs in through allauth, so its rate limits and 2FA protect staff too.
WAGTAILADMIN_LOGIN_URL = "account_login"

# Taalakkoord progress reports: reminder before the due date, then overdue, then inactive.
TAALAKKOORD_REMINDER_DAYS_BEFORE = env_int("TAALAKKOORD_REMINDER_DAYS_BEFORE", 30)
TAALAKKOORD_OVERDUE_AFTER_DAYS = env_int("TAALAKKOORD_OVERDUE_AFTER_DAYS", 30)
TAALAKKOORD_INACTIVE_AFTER_DAYS = env_int("TAALAKKOORD_INACTIVE_AFTER_DAYS", 90)
# Certificate checks per visitor address per minute on the public verification page.
TAALAKKOORD_VERIFY_PER_MINUTE = env_int("TAALAKKOORD_VERIFY_PER_MINUTE", 30)
# KvK numbers a visitor address may look up per minute (wizard and "ask to join").
TAALAKKOORD_KVK_LOOKUPS_PER_MINUTE = env_int("TAALAKKOORD_KVK_LOOKUPS_PER_MINUTE", 10)
# Anonymous page views are cached this long at most; publishing and other changes clear them.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
# Select lists written in Python, everything else through Django's form templates.
FORM_RENDERER = "cms.core.formrenderer.Renderer"
# A shared cache in front (Varnish, a CDN) may keep an anonymous page this long (s-maxage; 0: it
# may keep none), a browser at most BROWSER_CACHE_SECONDS. See cms/core/frontcache.py.
FRONT_CACHE_SECONDS = env_int("FRONT_CACHE_SECONDS", 300)
BROWSER_CACHE_SECONDS = env_int("BROWSER_CACHE_SECONDS", 60)

# Retention of personal data (days), applied by `manage.py apply_retention` in the daily job.
ADVICE_REQUEST_RETENTION_DAYS = env_int("ADVICE_REQUEST_RETENTION_DAYS", 180)
FORM_SUBMISSION_RETENTION_DAYS = env_int("FORM_SUBMISSION_RETENTION_DAYS", 180)
# Finished background tasks keep their arguments (an email's recipients and text).
TASK_RESULT_RETENTION_DAYS = env_int("TASK_RESULT_RETENTION_DAYS", 30)
# Withdrawn organisations and rejected applications: names, people and files are removed.
TAALAKKOORD_ANONYMISE_AFTER_DAYS = env_int("TAALAKKOORD_ANONYMISE_AFTER_DAYS", 365)
# How long the progress monitor may show figures from its cache (changes clear it sooner).
TAALAKKOORD_MONITOR_CACHE_SECONDS = env_int("TAALAKKOORD_MONITOR_CACHE_SECONDS", 300)

# /.well-known/security.txt: where to report a vulnerability, and the file's expiry (an ISO date
# and time such as 2027-06-01T00:00:00Z; empty: 180 days from today).
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "mailto:security@lerenenwerken.nl")
SECURITY_TXT_EXPIRES = env_str("SECURITY_TXT_EXPIRES", "")

# Log lines on stdout with time, level, logger and request id: JSON when LOG_FORMAT is "json"
# (production's default), plain text otherwise.
LOG_FORMAT = env_str("LOG_FORMAT", "text")
LOGGING = logging_config(env_str("LOG_LEVEL", "INFO"), structured=LOG_FORMAT == "json")

# Error reports to Sentry or a compatible service, only when SENTRY_DSN is set (no personal data).
SENTRY_DSN = env_str("SENTRY_DSN", "")
init_sentry(
    SENTRY_DSN,
    environment=env_str("SENTRY_ENVIRONMENT", "production"),
    release=env_str("SENTRY_RELEASE", ""),
    traces_sample_rate=float(env_str("SENTRY_TRACES_SAMPLE_RATE", "0") or 0),
)
