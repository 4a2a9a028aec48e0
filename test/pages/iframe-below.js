// The frame comes from another site, as when a SharePoint or Google Sites page
// holds dist/embed.html from the agency's own server: the other of the two names
// of this test server (localhost and 127.0.0.1 are two origins to the browser).
const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const frame = document.createElement('iframe');
frame.id = 'frame-card';
frame.title = 'The webinar: card';
frame.src = `http://${other}:${location.port}/dist/embed.html?src=/examples/unpog-webinar-2020-10-13.json&show=card&now=2020-10-13T10:45Z&zone=Asia/Seoul`;
document.getElementById('frame-here').after(frame);
