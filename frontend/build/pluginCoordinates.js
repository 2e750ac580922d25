// The plugin key comes from pom.xml (groupId.artifactId) so that it is written down once.
const fs = require('fs');
const path = require('path');

const pom = fs.readFileSync(path.resolve(__dirname, '../../pom.xml'), 'utf8');
// The project's own coordinates are the first groupId/artifactId after </modelVersion>.
const head = pom.slice(pom.indexOf('</modelVersion>'));
const groupId = /<groupId>([^<]+)<\/groupId>/.exec(head)[1];
const artifactId = /<artifactId>([^<]+)<\/artifactId>/.exec(head)[1];
const version = /<version>([^<]+)<\/version>/.exec(head)[1];

module.exports = { groupId, artifactId, version };
