// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-in for Meta's Facebook JS SDK (connect.facebook.net/en_US/sdk.js) for Embedded Signup:
// FB.init, FB.login (opens the sandbox's signup dialog in a popup), FB.getLoginStatus.
(function () {
  'use strict';
  var script = document.currentScript;
  var sandboxOrigin = script ? new URL(script.src).origin : window.location.origin;
  var settings = { appId: null, version: 'v25.0' };
  var pending = null;

  window.addEventListener('message', function (event) {
    if (event.origin !== sandboxOrigin || !pending) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'SANDBOX_FB_LOGIN') return;
    var callback = pending;
    pending = null;
    if (data.code) {
      callback({ status: 'connected',
                 authResponse: { code: data.code, userID: data.user_id || '', expiresIn: 30,
                                 graphDomain: 'facebook' } });
    } else {
      callback({ status: 'unknown', authResponse: null });
    }
  });

  window.FB = {
    init: function (options) {
      settings.appId = options && options.appId;
      settings.version = (options && options.version) || settings.version;
    },
    login: function (callback, options) {
      options = options || {};
      var extras = options.extras || {};
      var query = new URLSearchParams({
        app_id: settings.appId || '',
        config_id: options.config_id || '',
        response_type: options.response_type || 'code',
        feature_type: extras.featureType || '',
        session_info_version: String(extras.sessionInfoVersion || '')
      });
      pending = typeof callback === 'function' ? callback : function () {};
      var popup = window.open(sandboxOrigin + '/' + settings.version + '/dialog/oauth?' + query,
                              'sandbox_embedded_signup', 'width=640,height=720');
      if (!popup) {
        var failed = pending;
        pending = null;
        failed({ status: 'unknown', authResponse: null });
      }
    },
    getLoginStatus: function (callback) { callback({ status: 'unknown', authResponse: null }); },
    AppEvents: { logPageView: function () {} }
  };
  if (typeof window.fbAsyncInit === 'function') setTimeout(window.fbAsyncInit, 0);
})();
