/*
 * ONLYOFFICE Docs simulator: people in the editor (docs-api §2.4), on top of editor.js.
 *  - "Comment with mention" opens the people panel and asks the host for people to mention: opening sends
 *    onRequestUsers {c:"mention"} (the unpaged shape of older Docs versions, which filter the list themselves), typing
 *    sends {c:"mention", search, from, count} (the paged shape; "More" asks for the next page). "Add comment" adds the
 *    comment with "+address" for each person picked and fires onRequestSendNotify {actionLink:{action:{type:"comment",
 *    data}}, message, emails}, as the editor does when a comment mentions people.
 *  - "Protect range" (spreadsheets) asks the same way with c:"protect".
 *  - Whenever the connected users change, onRequestUsers {c:"info", id:[…]} asks for their names and pictures.
 * Like the real editor, a user from setUsers without both a name and an address is left out.
 */
(function (window, document) {
  'use strict';

  var PAGE = 10;
  var sim = window.docsim;
  var el = {
    mention: document.getElementById('sim-mention'),
    protect: document.getElementById('sim-protect'),
    panel: document.getElementById('sim-people-panel'),
    title: document.getElementById('sim-people-title'),
    search: document.getElementById('sim-people-search'),
    status: document.getElementById('sim-people-status'),
    list: document.getElementById('sim-people-list'),
    form: document.getElementById('sim-comment-form'),
    text: document.getElementById('sim-comment-text'),
    add: document.getElementById('sim-comment-add'),
    close: document.getElementById('sim-people-close'),
    comments: document.getElementById('sim-comments'),
    users: document.getElementById('sim-users')
  };
  var more = document.createElement('button');
  more.id = 'sim-people-more';
  more.type = 'button';
  more.textContent = 'More';
  more.hidden = true;
  el.list.parentNode.insertBefore(more, el.list.nextSibling);

  var people = { mode: null, users: [], picked: {}, paged: false, total: 0, asked: null, comments: 0 };
  var avatars = {};
  var infoAsked = '';

  function flag(name) {
    var s = sim.session();
    return !!(s.config && s.config.editorConfig && s.config.editorConfig[name]);
  }

  function editing() {
    var s = sim.session();
    return s.mode === 'edit' && !s.closed;
  }

  function ask(data) {
    people.asked = data;
    el.status.textContent = 'Loading…';
    el.panel.setAttribute('data-state', 'loading');
    sim.toApi('requestUsers', data);
  }

  function open(mode) {
    people.mode = mode;
    people.users = [];
    people.picked = {};
    el.panel.hidden = false;
    el.panel.setAttribute('data-mode', mode);
    el.title.textContent = mode === 'mention' ? 'Mention people' : 'Allow editing the range for';
    el.form.hidden = mode !== 'mention';
    el.search.value = '';
    el.text.value = '';
    el.list.textContent = '';
    ask({ c: mode });
    el.search.focus();
  }

  function shown() {
    var needle = el.search.value.trim().toLowerCase();
    // An unpaged list is filtered here, as older editors do; a paged one is what the host found.
    return people.paged || !needle ? people.users : people.users.filter(function (u) {
      return (u.name + ' ' + u.email).toLowerCase().indexOf(needle) >= 0;
    });
  }

  function render() {
    var users = shown();
    el.list.textContent = '';
    users.forEach(function (u) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.setAttribute('data-id', u.id || '');
      li.setAttribute('data-email', u.email);
      li.setAttribute('aria-selected', people.picked[u.email] ? 'true' : 'false');
      if (u.image) {
        var img = document.createElement('img');
        img.className = 'sim-user-avatar';
        img.src = u.image;
        img.alt = '';
        li.appendChild(img);
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = u.name + ' <' + u.email + '>';
      button.addEventListener('click', function () {
        people.picked[u.email] = !people.picked[u.email];
        li.setAttribute('aria-selected', people.picked[u.email] ? 'true' : 'false');
      });
      li.appendChild(button);
      el.list.appendChild(li);
    });
    el.status.textContent = users.length ? users.length + (people.paged ? ' of ' + people.total : '') + ' people'
      : 'No one found';
    more.hidden = !(people.paged && people.users.length < people.total);
    el.panel.setAttribute('data-state', 'ready');
  }

  function received(data) {
    if (!data || typeof data !== 'object') return;
    var users = Array.isArray(data.users) ? data.users.filter(function (u) {
      return u && typeof u.name === 'string' && u.name && typeof u.email === 'string' && u.email;
    }) : [];
    if (data.c === 'info') {
      users.forEach(function (u) { if (u.id) avatars[u.id] = u; });
      decorateUsers();
      return;
    }
    if (data.c !== people.mode || el.panel.hidden) return;
    var asked = people.asked || {};
    people.paged = data.isPaginated === true;
    people.total = typeof data.total === 'number' ? data.total : users.length;
    people.users = people.paged && asked.from > 0 ? people.users.concat(users) : users;
    render();
  }

  function decorateUsers() {
    Array.prototype.forEach.call(el.users.querySelectorAll('li[data-user-id]'), function (li) {
      var u = avatars[li.getAttribute('data-user-id')];
      if (!u || li.querySelector('img')) return;
      li.setAttribute('data-name', u.name);
      if (u.image) {
        var img = document.createElement('img');
        img.className = 'sim-user-avatar';
        img.src = u.image;
        img.alt = '';
        li.insertBefore(img, li.firstChild);
      }
    });
  }

  function addComment() {
    var text = el.text.value.trim();
    if (!text) return;
    var emails = Object.keys(people.picked).filter(function (e) { return people.picked[e]; });
    var message = emails.map(function (e) { return '+' + e + ' '; }).join('') + text;
    var id = 'sim-comment-' + (++people.comments);
    var li = document.createElement('li');
    li.setAttribute('data-comment-id', id);
    li.textContent = message;
    el.comments.appendChild(li);
    if (emails.length) {
      sim.toApi('requestSendNotify', { actionLink: { action: { type: 'comment', data: id } }, message: message, emails: emails });
    }
    el.text.value = '';
    people.picked = {};
    render();
  }

  sim.onCommand('setUsers', received);
  sim.onView(function (v) {
    // Like the real editor: the features exist only when the host declared the events, and while editing.
    el.mention.hidden = !(flag('canRequestUsers') && flag('canRequestSendNotify') && editing());
    el.protect.hidden = !(flag('canRequestUsers') && editing() && v.documentType === 'cell');
    if (!flag('canRequestUsers')) return;
    var ids = v.users.map(function (u) { return u.id; }).filter(function (id, i, all) { return all.indexOf(id) === i; });
    var key = ids.slice().sort().join(',');
    if (key && key !== infoAsked) {
      infoAsked = key;
      sim.toApi('requestUsers', { c: 'info', id: ids });
    }
    decorateUsers();
  });

  el.mention.addEventListener('click', function () { open('mention'); });
  el.protect.addEventListener('click', function () { open('protect'); });
  el.close.addEventListener('click', function () { el.panel.hidden = true; people.mode = null; });
  el.add.addEventListener('click', addComment);
  el.search.addEventListener('input', function () {
    ask({ c: people.mode, search: el.search.value, from: 0, count: PAGE });
  });
  more.addEventListener('click', function () {
    ask({ c: people.mode, search: el.search.value, from: people.users.length, count: PAGE });
  });
})(window, document);
