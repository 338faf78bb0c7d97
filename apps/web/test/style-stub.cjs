// Stylesheets mean nothing to jsdom; imports of them resolve to an empty module.
module.exports = {};
